"""Government statements that condemn an attack: the judge neither did the attack nor was
its target, the attack's author may be told by its agent with the victims hung on it
("the attacks by militants on civilians"), by a relative clause ("the attacks that X has
perpetrated", "the strikes ... that emanated from Iran": extract/clausedoers.py,
events.yaml `origin_clause_verbs`), and the victims pitied as "innocent" or "unarmed" are
still civilians (phrases.yaml `degree_words`). The condemnation accuses the author so named
(extract/judged.py); "U.S. and coalition forces" are the coalition acting (its alias)."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import extract

from frontwatch.kb.actors import load_actor_kb

PUBLISHED = dt.date(2016, 7, 4)


def sides(text: str, kind: str) -> list[tuple[str, str]]:
    """(doer, target) of the text's events of one type, in order."""
    return [
        (e.source_actor, e.target_actor) for e in extract(text, PUBLISHED).events if e.type == kind
    ]


def ties(text: str) -> set[tuple[str, str, str]]:
    return {(r.kind, r.source_actor, r.target_actor) for r in extract(text, PUBLISHED).relations}


@pytest.mark.parametrize(
    ("text", "judge"),
    [
        ("Britain condemned the drone strikes on Basra, Iraq, on Sunday.", "GBR"),
        ("France denounced the rocket attacks on Kirkuk, Iraq, on Friday.", "FRA"),
        ("Jordan strongly condemns the missile strikes on Erbil, Iraq, last night.", "JOR"),
    ],
)
def test_the_judge_is_no_side_of_the_attack_it_condemns(text: str, judge: str) -> None:
    for doer, target in sides(text, "ASSAULT"):
        assert judge not in (doer, target), sides(text, "ASSAULT")
    assert not any(judge in (a, b) for kind, a, b in ties(text) if kind == "fights"), ties(text)


def test_the_doer_of_strikes_on_a_town_is_still_read_when_no_one_judges() -> None:
    assert ("fights", "IRQ_MIL", "ISIS") in ties(
        "Iraqi troops carried out strikes on Islamic State positions near Fallujah on Monday."
    )


@pytest.mark.parametrize(
    ("text", "author"),
    [
        (
            (
                "Italy strongly condemns the bombings that the Islamic State group has perpetrated"
                " in Baghdad this week."
            ),
            "ISIS",
        ),
        ("Germany condemned the drone attacks on Kirkuk that came from Syria.", "SYR"),
        (
            (
                "The United States condemns the rocket strikes on Erbil last night that emanated"
                " from Iran."
            ),
            "IRN",
        ),
        (
            "The ministry deplored the bombings that al-Shabaab carried out in Mogadishu.",
            "AL_SHABAAB",
        ),
    ],
)
def test_a_relative_clause_names_the_author_the_statement_accuses(text: str, author: str) -> None:
    kb = load_actor_kb()
    assert [kb.top_of(doer) for doer, _ in sides(text, "ASSAULT")][:1] == [author], sides(
        text, "ASSAULT"
    )
    assert [kb.top_of(target) for _, target in sides(text, "ACCUSE")] == [author], sides(
        text, "ACCUSE"
    )


def test_a_clause_of_time_names_no_author() -> None:
    assert sides("The strikes that came after the ceasefire hit Idlib.", "ASSAULT")[0][0] == ""


@pytest.mark.parametrize(
    "text",
    [
        "Officials condemned the attacks by militants on innocent civilians in Baghdad.",
        (
            "Egypt condemned the bomb attacks claimed by the Islamic State group on the"
            " innocent worshippers at a mosque in Baghdad."
        ),
        "France condemned the attack by gunmen on defenceless pilgrims near Karbala.",
        "The bomb attacks by the militants on unarmed villagers near Mosul killed 20.",
    ],
)
def test_the_victims_hung_on_the_author_are_civilians(text: str) -> None:
    assert [t for _, t in sides(text, "ASSAULT")] == ["GEN_CIVILIANS"], sides(text, "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "U.S. and coalition forces struck Islamic State positions near Mosul on Tuesday.",
        "American and coalition aircraft bombed Islamic State fighters near Raqqa overnight.",
    ],
)
def test_us_and_coalition_forces_are_the_coalition(text: str) -> None:
    assert sides(text, "ASSAULT") == [("US_COALITION", "ISIS")], sides(text, "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "The United States strongly condemns the attacks against civilians in northern Syria.",
        "Canada condemned today's barbaric attacks against innocent villagers near Aleppo.",
        "We condemn the bombings against worshippers in Kabul in the strongest terms.",
    ],
)
def test_the_victims_of_a_condemned_act_are_not_the_accused(text: str) -> None:
    assert "GEN_CIVILIANS" not in [t for _, t in sides(text, "ACCUSE")], sides(text, "ACCUSE")
    assert [t for _, t in sides(text, "ASSAULT")] == ["GEN_CIVILIANS"], sides(text, "ASSAULT")


def test_the_author_of_a_condemned_act_stays_the_accused() -> None:
    text = "The UN condemned the shelling of residential areas by government forces."
    assert [d for d, _ in sides(text, "ASSAULT")] == [t for _, t in sides(text, "ACCUSE")] != [""]
