"""Goods a side took, told in a relative clause on the goods ("three tanks they had
captured", "the trucks that they seized"), are no ground taken: the clause's verb takes
its noun, and a noun of goods or people makes it no change of hands. Ground named by
the noun ("the town they had captured") stays taken. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import extract

PUBLISHED = dt.date(2018, 4, 3)


def _relative_verb(actor_nlp: Any, text: str, verb: str) -> Any:
    doc = actor_nlp(text)
    found = [t for t in doc if t.lower_ == verb]
    assert found, f"no {verb!r} in {text!r}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        (
            "Rebels shelled the airport using rifles and three tanks they had captured in Hama.",
            "captured",
        ),
        (
            "Al-Shabaab fighters raided the base with two trucks that they seized in an ambush.",
            "seized",
        ),
        (
            "Ukrainian units hit the city with Russian tanks which they captured near Izium.",
            "captured",
        ),
        (
            "Militants fired on the convoy with the rifles they took from the police in Mosul.",
            "took",
        ),
    ],
)
def test_goods_a_relative_clause_takes_are_no_ground(actor_nlp: Any, text: str, verb: str) -> None:
    from frontwatch.extract.control_guards import takes_no_ground

    token = _relative_verb(actor_nlp, text, verb)
    assert token.dep_ == "relcl", [(t.text, t.dep_) for t in token.doc]
    assert takes_no_ground(token)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        (
            "Rebels shelled army positions near Hama, the town they had captured in March.",
            "captured",
        ),
        ("Houthi fighters attacked Aden from Lahij, the city that they seized in 2015.", "seized"),
    ],
)
def test_ground_a_relative_clause_takes_stays_ground(actor_nlp: Any, text: str, verb: str) -> None:
    from frontwatch.extract.control_guards import takes_no_ground

    assert not takes_no_ground(_relative_verb(actor_nlp, text, verb))


def test_tanks_taken_in_a_battle_leave_the_base_attacked_untaken() -> None:
    text = (
        "The Kweires air base lies east of Aleppo. Rebels attacked the air base on Monday "
        "using rifles and three tanks they had captured during the battle of Hama."
    )
    taken = [c for c in extract(text, PUBLISHED).control_changes if c.trigger == "captured"]
    assert taken == [], [(c.place_text, c.new_controller) for c in taken]


def test_a_town_taken_in_a_relative_clause_still_changes_hands() -> None:
    text = "Rebels shelled army positions near Hama, the town they had captured from government forces in March."
    taken = [(c.kind, c.place_text) for c in extract(text, PUBLISHED).control_changes]
    assert ("capture", "Hama") in taken, taken


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Jets struck militants around Sirte which pro-government forces retook from the group in December.", "Sirte"),
        ("Drones hit fighters near Tal Afar which Iraqi troops recaptured from the jihadists last summer.", "Tal Afar"),
        ("Artillery pounded rebels outside Homs which the army seized from the opposition in 2014.", "Homs"),
    ],
)
def test_a_clause_after_a_named_place_is_about_the_place(actor_nlp: Any, text: str, place: str) -> None:
    """The parser may hang "which ... retook" on the people before the place; a name between
    the noun and the clause means the clause is about the name, so it is no goods taken."""
    from frontwatch.extract.control_guards import takes_no_ground

    verb = next(t for t in actor_nlp(text) if t.dep_ == "relcl")
    assert not takes_no_ground(verb), [(t.text, t.dep_, t.head.text) for t in verb.doc]
