"""People a side uses as human shields undergo a coercion by that side (events.yaml ``human
shield``, nounacts.used_as); "5 killed and 30 detained" after an operation: the detained,
their noun left out, are the killed's kind, taken by the same doers
(verbsubjects.counted_conjunct_of). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import of_type

PUBLISHED = dt.date(2020, 2, 18)


def _coerced(text: str) -> list[tuple[str, str]]:
    return [(e.source_actor, e.target_actor) for e in of_type(text, "COERCE", PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "user"),
    [
        ("In the old quarter ISIS fighters kept using civilians as human shields.", "ISIS"),
        ("The Houthis held villagers as human shields near Hodeidah.", "HOUTHIS"),
        ("Rebels used residents of Ghouta as human shields, the army said.", "GEN_REBELS"),
        ("Civilians were used as human shields by the militants, a witness said.", "GEN_MILITANTS"),
    ],
)
def test_people_used_as_human_shields_are_coerced_by_the_user(text: str, user: str) -> None:
    assert (user, "GEN_CIVILIANS") in _coerced(text)


def test_a_shield_of_armour_is_no_coercion() -> None:
    assert _coerced("The soldiers carried shields and batons into the square.") == []


@pytest.mark.parametrize(
    ("text", "doer", "taken"),
    [
        (
            "U.S. Central Command conducted 12 raids against ISIS, resulting in 4 ISIS operatives killed and 9 detained.",
            "CENTCOM",
            "ISIS",
        ),
        (
            "Iraqi troops carried out nine raids on the Islamic State in Anbar, resulting in 6 Islamic State fighters killed and 15 detained.",
            "IRQ_MIL",
            "ISIS",
        ),
        (
            "The Somali army mounted an operation against al-Shabaab, resulting in 3 al-Shabaab fighters killed and 8 arrested.",
            "SOM_MIL",
            "AL_SHABAAB",
        ),
    ],
)
def test_the_detained_after_a_count_of_killed_are_taken_by_the_same_doers(
    text: str, doer: str, taken: str
) -> None:
    assert (doer, taken) in _coerced(text)


def test_a_count_that_fled_is_no_deed_of_the_attackers() -> None:
    text = "Army troops raided the camp, leaving 5 rebels killed and 30 fled toward the hills."
    assert all(e.source_actor != "GEN_GOV_FORCES" for e in of_type(text, "RETREAT", PUBLISHED))
