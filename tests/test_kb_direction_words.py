"""A compass word in lower case alone points a way, it names no actor: "villages west of
the town" is no act on "the West" (kb/actors/mentions.py, the direction words of
kb/places/data/directions.yaml). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

# the parser makes "west" a noun in apposition to the villages in each of these
TEXTS = [
    "Reports say the militia has razed multiple villages west of Nyala.",
    "Janjaweed raiders razed multiple villages west of Kutum last month.",
    "The paramilitaries torched multiple villages west of Geneina, residents said.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_compass_word_in_lower_case_is_no_actor(actor_mentions, text: str) -> None:
    found = actor_mentions(text)
    assert not any(m.text.lower() == "west" for m in found.values()), found


@pytest.mark.parametrize("text", TEXTS)
def test_razed_villages_west_of_a_town_are_aimed_at_no_bloc(events_found, text: str) -> None:
    events = events_found(text, dt.date(2023, 6, 20))
    assert events and all(e.target_actor != "GEN_WESTERN_STATES" for e in events), events


def test_the_west_with_a_capital_is_still_the_bloc(actor_mentions) -> None:
    found = actor_mentions("The West has promised more air defence systems to Kyiv.")
    assert any(m.actor_id == "GEN_WESTERN_STATES" for m in found.values()), found
