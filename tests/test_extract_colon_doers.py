"""The doers of a deed listed after a colon are allies, however the parser hangs the list.

"The units won the battle as one: the army, the Peshmerga and the PMF" lists the sides
that did the deed together (extract/coalitions.py ``_listed_after_colon``). In reported
speech the parser may hang the list on the verb of saying, or read "[the] army" as a
subject of the bracket; the list that opens right after the deed's clause is still its
doers. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2017, 9, 2)
ALLIES = {
    frozenset({"IRQ_MIL", "PESHMERGA"}),
    frozenset({"IRQ_MIL", "PMF"}),
    frozenset({"PESHMERGA", "PMF"}),
}


@pytest.mark.parametrize(
    "text",
    [
        (
            "All of the forces won this battle together: the Iraqi army, the Kurdish Peshmerga "
            "and the Popular Mobilization Forces, a general said."
        ),
        (
            '"Every unit won this fight as one: [the] Iraqi army, the Kurdish Peshmerga and '
            'the Popular Mobilization Forces," a general said.'
        ),
        (
            "The forces retook the town together: the Iraqi army, the Kurdish Peshmerga and "
            "the Popular Mobilization Forces, a colonel told reporters."
        ),
    ],
)
def test_sides_listed_after_the_deed_are_allies(relations_found: Any, text: str) -> None:
    ties = relations_found(text, PUBLISHED)
    allied = {frozenset((s, t)) for k, s, t, _c in ties if k == "allied"}
    assert allied >= ALLIES, ties


def test_a_list_after_a_clause_of_no_deed_names_no_allies(relations_found: Any) -> None:
    text = (
        "Three forces were present at the ceremony, an officer said: the Iraqi army, the "
        "Kurdish Peshmerga and the Popular Mobilization Forces."
    )
    ties = relations_found(text, PUBLISHED)
    assert not any(k == "allied" for k, _s, _t, _c in ties), ties
