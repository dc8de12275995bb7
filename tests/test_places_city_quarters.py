"""A neighbourhood named with its city lies in that city (kb/places/cityquarters.py): a name
the text calls a neighbourhood, district or quarter "of Y" or "Y's", or a neighbourhood of
the town just named, is placed at that city when the gazetteer lacks it or knows only a
namesake in another governorate ("the Daraiya neighborhood of Raqqa" is no Darayya near
Damascus). A suburb or town named with a city it lies near keeps its own place ("the
Aleppo suburb of Ezaz"), and so do a city named before "neighborhoods" and a district of
its own ("the Sinjar district"). Sentences written for these tests (issue 13)."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.pipeline import process_texts


def place_of(place_mentions, gazetteer, text: str, name: str):
    found = [m for t, m in place_mentions(text).items() if name in t and m.place_id]
    assert found, (text, list(place_mentions(text)))
    return gazetteer.get(found[0].place_id)


@pytest.mark.parametrize(
    ("text", "name", "city_admin1"),
    [
        (
            "Kurdish-led fighters seized the Old Raqqa and Daraiya neighborhoods of Raqqa.",
            "Daraiya",
            "Raqqa",
        ),
        (
            (
                "The SDF pushed deeper into Raqqa on Sunday, seizing the Daraiya neighborhood in "
                "the center of the city."
            ),
            "Daraiya",
            "Raqqa",
        ),
        (
            "Coalition jets pounded the Daraiya quarter of Raqqa overnight, activists said.",
            "Daraiya",
            "Raqqa",
        ),
        (
            "Iraqi forces cleared Mosul's Daraiya district of snipers on Friday.",
            "Daraiya",
            "Nineveh",
        ),
    ],
)
def test_a_quarter_named_with_its_city_is_in_that_city(
    place_mentions, gazetteer, text: str, name: str, city_admin1: str
) -> None:
    place = place_of(place_mentions, gazetteer, text, name)
    assert place.kind == "populated_place"
    assert place.admin1 == city_admin1


@pytest.mark.parametrize(
    ("text", "name", "own"),
    [
        ("Government jets bombed the Aleppo suburb of Ezaz on Sunday.", "Ezaz", "I‘zāz"),
        ("Government jets bombed the Daraiya suburb of Damascus on Friday.", "Daraiya", "Dārayyā"),
        (
            "After taking Manbij, the SDF pushed into Raqqa neighborhoods on Tuesday.",
            "Raqqa",
            "Ar Raqqah",
        ),
        ("Rebels shelled the Sinjar district of Nineveh province.", "Sinjar", "Sinjar district"),
    ],
)
def test_a_place_near_its_city_or_of_its_own_keeps_its_place(
    place_mentions, gazetteer, text: str, name: str, own: str
) -> None:
    assert place_of(place_mentions, gazetteer, text, name).name == own


def test_an_act_in_a_quarter_is_placed_in_its_city() -> None:
    text = "Islamic State fighters were driven out of the Daraiya neighborhood of Raqqa on Sunday."
    result = process_texts([text], dates=[dt.date(2017, 7, 2)])[0]
    places = {p.id: p for p in result.places}
    assert result.events
    assert {places[e.place_id].admin1 for e in result.events if e.place_id in places} == {"Raqqa"}
