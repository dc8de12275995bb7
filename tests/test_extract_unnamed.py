"""Assaults that name neither side take the sides of the fight the article tells."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2016, 5, 1)


def assaults(text: str) -> list:
    from frontwatch.pipeline import process_texts

    result = process_texts([text], dates=[PUBLISHED])[0]
    return [e for e in result.events if e.type == "ASSAULT"]


def top_pairs(text: str, kb) -> list[tuple[str, str]]:
    return [
        (e.source_actor and kb.top_of(e.source_actor), e.target_actor and kb.top_of(e.target_actor))
        for e in assaults(text)
    ]


@pytest.mark.parametrize(
    ("text", "doer", "enemy"),
    [
        (
            (
                "Syrian troops attacked rebel positions in Talbiseh on Monday. Heavy fighting "
                "continued in Talbiseh into the night."
            ),
            "SYR",
            "GEN_REBELS",
        ),
        (
            (
                "Fierce clashes raged around the city of Tikrit for a third day. Iraqi forces "
                "shelled Islamic State positions in the city center."
            ),
            "IRQ",
            "ISIS",
        ),
        (
            (
                "Kurdish fighters attacked Islamic State militants near Sinjar on Friday. Residents "
                "said a battle raged in Sinjar for several hours."
            ),
            "PESHMERGA",
            "ISIS",
        ),
    ],
)
def test_fighting_told_without_sides_is_the_fight_told_beside_it(
    engine, actor_kb, text: str, doer: str, enemy: str
) -> None:
    pairs = top_pairs(text, actor_kb)
    assert len(pairs) >= 2
    assert all(pair == (actor_kb.top_of(doer), actor_kb.top_of(enemy)) for pair in pairs), pairs


def test_an_act_far_from_any_named_fight_stays_without_sides(engine, actor_kb) -> None:
    text = (
        "Syrian troops attacked rebel positions in Talbiseh on Monday. Aid workers asked for "
        "access. The United Nations repeated its call. Officials met in Geneva. Diplomats "
        "spoke of progress. Fighting was reported in Aleppo on Friday."
    )
    assert top_pairs(text, actor_kb)[-1] == ("", "")


@pytest.mark.parametrize(
    "text",
    [
        (
            "Syrian troops attacked rebel positions in Talbiseh on Monday. Turkish officials "
            "said fighting broke out in Talbiseh on Tuesday."
        ),
        (
            "Iraqi forces shelled Islamic State positions near Baiji. Kurdish officials said "
            "clashes erupted in Baiji later."
        ),
    ],
)
def test_a_sentence_naming_another_side_keeps_its_act_open(engine, actor_kb, text: str) -> None:
    assert top_pairs(text, actor_kb)[-1] == ("", "")


TOLD_APART = (
    # a toll names no doer on purpose; an air strike is not the ground fight beside it
    "Syrian troops attacked rebel positions in Talbiseh on Monday. Eight people died in Talbiseh in an explosion on Tuesday.",
    "Syrian troops attacked rebel positions in Talbiseh on Monday. Air strikes hit Talbiseh at night.",
    "Kurdish fighters attacked Islamic State militants near Sinjar on Friday. Air raids struck Sinjar overnight.",
)


def test_a_toll_or_an_air_strike_does_not_take_a_ground_fights_sides(engine) -> None:
    last = [assaults(text)[-1] for text in TOLD_APART]
    assert [(e.source_actor, e.target_actor) for e in last] == [("", "")] * len(TOLD_APART)


@pytest.mark.parametrize(
    ("text", "against"),
    [
        (
            (
                "ISIL launched attacks into Baghdad from Fallujah in 2014. The counter-ISIL "
                "coalition has steadily eroded the group's territory, recapturing oil fields "
                "and roads that give ISIL its revenue."
            ),
            "ISIS",
        ),
        (
            (
                "Al-Shabaab fighters stormed a Somali army base near Afgoye. The anti-Shabaab "
                "offensive continued, with heavy clashes near Afgoye."
            ),
            "AL_SHABAAB",
        ),
        (
            (
                "Taliban fighters overran an Afghan army checkpoint near Kunduz. The anti-Taliban "
                "alliance has hit back, with fierce fighting around Kunduz."
            ),
            "TALIBAN",
        ),
    ],
)
def test_a_side_named_as_what_a_compound_is_against_is_no_doer(
    engine, actor_kb, text: str, against: str
) -> None:
    """'the counter-ISIL coalition ..., recapturing': the unnamed act near an ISIL attack is
    not ISIL's (the doer is the side the compound names, whom the parse left out)."""
    second = [e for e in assaults(text) if e.evidence is not None and e.evidence.start > 0]
    assert second, [(e.trigger, e.source_actor) for e in assaults(text)]
    assert all(actor_kb.top_of(e.source_actor) != against for e in second if e.source_actor)
