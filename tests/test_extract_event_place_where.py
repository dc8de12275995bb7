"""The act of a "where" clause is at the place the clause hangs on, whatever that place is
to the main clause: an origin ("launched from X, where a soldier was killed"), a
destination ("advanced toward Y, where jihadists shelled a prison"), a place left ("withdrew
from Z, where the militants destroyed temples"); a finer place of the clause's own still
comes first (extract/eventplace._where_antecedent). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2017, 5, 1)


def places_of(events_found, text: str, trigger: str) -> list[str]:
    found = [e.place_text for e in events_found(text, PUBLISHED) if e.trigger.lower() == trigger]
    assert found, [(e.type, e.trigger) for e in events_found(text, PUBLISHED)]
    return found


@pytest.mark.parametrize(
    ("text", "trigger", "where"),
    [
        (
            "The push began from Makhmour, where militants killed two Kurdish soldiers last week.",
            "killed",
            "Makhmour",
        ),
        (
            "Kurdish forces advanced toward Hasaka, where jihadists shelled a prison on Friday.",
            "shelled",
            "Hasaka",
        ),
        (
            "The army withdrew from Palmyra, where the militants later destroyed ancient temples.",
            "destroyed",
            "Palmyra",
        ),
        ("Families fled to Azaz, where Turkish shells killed four people.", "killed", "Azaz"),
    ],
)
def test_the_act_of_a_where_clause_is_at_its_antecedent(
    events_found, text: str, trigger: str, where: str
) -> None:
    assert places_of(events_found, text, trigger) == [where]


def test_a_finer_place_of_the_clause_comes_first(events_found) -> None:
    text = "Troops regrouped in Tikrit, where militants shelled a school in the Qadisiya district."
    assert places_of(events_found, text, "shelled") == ["Qadisiya"]
