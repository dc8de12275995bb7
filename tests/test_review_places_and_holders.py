"""Guards from the reviews of h-evplace16 and h-control16 (our own sentences): a town whose
country the text names ("the Kenyan town of Q") keeps its place; a party's stronghold is no
armed holding; an occupier the article shows fighting on the ground can be a capture's loser."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import extract

DAY = dt.date(2023, 6, 1)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Al-Shabaab militants attacked a police post in the Kenyan town of Mandera, days after clashes near Kismayo in Somalia.", "Mandera"),
        ("A drone hit a refinery in the Russian town of Novoshakhtinsk, officials in Kyiv said, as fighting raged near Bakhmut.", "Novoshakhtinsk"),
    ],
)
def test_a_town_whose_country_is_named_keeps_its_place(text: str, place: str) -> None:
    found = extract(text, DAY).events
    assert any(e.place_text == place and e.place_id for e in found), [(e.place_text, e.place_id) for e in found]


@pytest.mark.parametrize(
    "text",
    [
        "Voters in Diyarbakir, a stronghold of the HDP, went to the polls on Sunday.",
        "Protests erupted in Kano, a stronghold of the APC, after the vote count.",
    ],
)
def test_a_partys_stronghold_is_no_holding(text: str) -> None:
    assert not extract(text, DAY).control_changes


def test_an_occupier_fighting_on_the_ground_lost_the_town() -> None:
    text = "Ukrainian troops recaptured Klishchiivka. Russian forces attacked Ukrainian positions near Bakhmut."
    changes = [(c.new_controller, c.previous_controller) for c in extract(text, DAY).control_changes]
    assert ("UKR_MIL", "RUS_MIL") in changes, changes


def test_a_state_only_striking_from_the_air_is_no_loser() -> None:
    text = "US aircraft struck Islamic State positions near Mosul. Islamic State fighters seized Haditha on Monday."
    changes = [(c.new_controller, c.previous_controller) for c in extract(text, DAY).control_changes]
    assert changes and all(prev not in ("USA", "USA_AIRFORCE", "USA_MIL") for _, prev in changes), changes
