"""An act named inside a judgement of it: the judge is not its doer, the accused is."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2019, 3, 12)


def events_of(text: str) -> list:
    from frontwatch.pipeline import process_texts

    return process_texts([text], dates=[PUBLISHED])[0].events


def sides(text: str, event_type: str) -> list[tuple[str, str]]:
    return [(e.source_actor, e.target_actor) for e in events_of(text) if e.type == event_type]


def top_sides(text: str, event_type: str, kb) -> list[tuple[str, str]]:
    """Each event's sides as the parties they belong to ('' stays '')."""
    return [(a and kb.top_of(a), b and kb.top_of(b)) for a, b in sides(text, event_type)]


@pytest.mark.parametrize(
    ("text", "judge", "doer"),
    [
        (
            "The State Department condemned the shelling of Idlib by Syrian government forces.",
            "USA_STATE_DEPT",
            "SYR_MIL",
        ),
        (
            "Britain condemned the attack by Russian forces on a market in Kharkiv.",
            "GBR",
            "RUS_MIL",
        ),
        (
            "Turkey denounced the bombardment of Afrin by Syrian government forces on Sunday.",
            "TUR",
            "SYR_MIL",
        ),
    ],
)
def test_the_agent_of_a_condemned_act_is_its_doer_and_the_accused(
    engine, actor_kb, text: str, judge: str, doer: str
) -> None:
    doer = actor_kb.top_of(doer)
    assert [a for a, _ in top_sides(text, "ASSAULT", actor_kb)] == [doer]
    assert top_sides(text, "ACCUSE", actor_kb) == [(actor_kb.top_of(judge), doer)]


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("The minister blamed the Houthis for the missile attack on Marib.", "HOUTHIS"),
        ("Officials in Baghdad blamed the Islamic State for the car bombing in Karbala.", "ISIS"),
        ("Kyiv condemned Russia for the shelling of Kharkiv overnight.", "RUS"),
    ],
)
def test_an_act_blamed_on_a_party_is_done_by_it(engine, actor_kb, text: str, accused: str) -> None:
    top = actor_kb.top_of
    assert [top(a) for a, _ in sides(text, "ASSAULT")] == [top(accused)]


@pytest.mark.parametrize(
    "text",
    [
        "Washington condemned the attack on a hospital in Aleppo.",
        "The European Union denounced the shelling of a school near Donetsk.",
        # verbs of judgement whose first sense is another (events.yaml: judged.judge_words)
        "A State Department spokesman slammed the air strikes on the town of Daraya.",
        "The Turkish foreign ministry decried the shelling of Afrin on Sunday.",
        "The UN envoy lambasted the bombardment of hospitals in eastern Aleppo.",
    ],
)
def test_the_judge_of_an_act_is_not_its_doer(engine, text: str) -> None:
    assert [a for a, _ in sides(text, "ASSAULT")] == [""]


def test_an_act_the_speaker_launched_keeps_its_doer(engine) -> None:
    text = "Iraqi forces launched an attack on Ramadi on Monday."
    assert [a for a, _ in sides(text, "ASSAULT")] == ["IRQ_MIL"]


@pytest.mark.parametrize(
    ("text", "defender", "doer"),
    [
        ("Kurdish fighters fended off an Islamic State attack on Kobani.", "YPG", "ISIS"),
        ("Afghan troops thwarted a Taliban assault on Kunduz overnight.", "ANDSF", "TALIBAN"),
        (
            "Saudi air defences intercepted a Houthi drone attack on Jizan.",
            "SAU_AIRFORCE",
            "HOUTHIS",
        ),
        ("Iraqi forces repelled several coordinated attacks near Baiji.", "IRQ_MIL", ""),
    ],
)
def test_an_attack_met_by_a_defender_is_aimed_at_it(
    engine, actor_kb, text: str, defender: str, doer: str
) -> None:
    wanted = (doer and actor_kb.top_of(doer), actor_kb.top_of(defender))
    assert top_sides(text, "ASSAULT", actor_kb) == [wanted]
