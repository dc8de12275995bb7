"""A withdrawal told with no place of its own began at the place its doer's clause says it
held (issue 13): "guards who were securing the shrine fell back to the hills"
is a withdrawal from the shrine, not at the town the article names most, nor at the
mountains it went to (sentences written for the tests). Found on the tune split: a Yazidi
militia's withdrawal from the Sharfadin shrine placed at Sinjar city.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2019, 3, 1)


def retreat_place(text: str) -> str:
    """The name of the place the text's withdrawal is placed at, or ''."""
    from frontwatch.pipeline import process_texts

    result = process_texts([text], dates=[PUBLISHED])[0]
    names = {p.id: p.name for p in result.places}
    found = [e for e in result.events if e.type == "RETREAT"]
    assert found, f"no withdrawal read in {text!r}"
    return names.get(found[0].place_id, "")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            (
                "Fighting raged in Sinjar for days. Local guards who were securing the "
                "Sherfedin shrine had to pull back into the hills."
            ),
            "Sharfadin temple",
        ),
        (
            (
                "Shelling hit Hama on Monday and Hama's markets shut. Rebels who had held "
                "Kafr Zita for years withdrew toward Idlib on Tuesday."
            ),
            "Kafr Zaytā",
        ),
        (
            "Jets struck Raqqa on Monday. Troops guarding the Tabqa dam pulled out on Tuesday.",
            "Tabqa dam",
        ),
    ],
)
def test_a_withdrawal_begins_where_its_doer_held(text: str, place: str) -> None:
    assert retreat_place(text) == place


def test_a_withdrawal_naming_where_it_left_keeps_it() -> None:
    text = "Rebels who had held Kafr Zita for years withdrew from Latamneh on Tuesday."
    assert retreat_place(text) == "Latamneh"


def test_a_clause_that_holds_nothing_places_nothing() -> None:
    text = "Jets struck Raqqa on Monday. Fighters who were tired of the siege of Tabqa withdrew."
    assert retreat_place(text) != "Al-Tabqa"
