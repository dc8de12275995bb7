"""An act placed by the country its sentence opens with ("In Syria, ...") is at the finer
place its own phrase names inside that country: a province or region ("attacked a prison in
Raqqa province"), or a town the parser hung on the verb as an adverbial ("jets bombed Mosul
on Friday", where the small model reads "Mosul" as an adverb). Not a province a party came
from, not a place of a dateline before the verb, and the country stays when the sentence
names nothing finer (issue 13: "the event placed at a country or province when a town is
named"). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.pipeline import process_texts


def place_kinds(text: str) -> list[tuple[str, str, str]]:
    """(type, place name, place kind) of every event the text gives."""
    result = process_texts([text], dates=[dt.date(2021, 3, 2)])[0]
    places = {p.id: p for p in result.places}
    found = []
    for event in result.events:
        place = places.get(event.place_id)
        found.append((event.type, place.name if place else "", place.kind if place else ""))
    return found


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("In Syria, gunmen attacked a prison in Raqqa province on Sunday.", "Raqqa"),
        ("In Iraq, militants ambushed an army patrol in Diyala province overnight.", "Diyala"),
        ("In Yemen, Saudi-led jets bombed a market in Saada province on Friday.", "Saada"),
        ("In Iraq, gunmen killed four shepherds in Kirkuk province, police said.", "Kirkuk"),
        (
            "In Somalia, al-Shabab fighters overran an army base in Lower Shabelle region on Friday.",
            "Lower Shabelle",
        ),
    ],
)
def test_a_province_inside_the_opening_country_places_the_act(text: str, province: str) -> None:
    found = place_kinds(text)
    assert any(t == "ASSAULT" and province in name and kind == "admin1" for t, name, kind in found)
    assert not any(kind == "country" for _, _, kind in found)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("In Iraq, jets bombed Mosul on Friday.", "Mosul"),
        ("In Syria, rebels shelled Aleppo on Monday.", "Aleppo"),
        ("In Iraq, militants shelled Samarra late Sunday, killing three.", "Sāmarrā"),
    ],
)
def test_a_town_read_as_an_adverb_of_the_act_is_its_place(text: str, town: str) -> None:
    found = place_kinds(text)
    assert any(t == "ASSAULT" and name.startswith(town) for t, name, _ in found)


def test_a_province_the_doers_came_from_does_not_replace_the_country() -> None:
    found = place_kinds("Rebels from Idlib province attacked army posts in Syria on Monday.")
    assert ("ASSAULT", "Syria", "country") in found


def test_a_dateline_before_the_verb_is_no_object() -> None:
    found = place_kinds("MOSUL, Iraq – Jets bombed militant positions near Tal Afar on Friday.")
    assert [name for t, name, _ in found if t == "ASSAULT"] == ["Tal Afar"]


def test_the_country_stays_when_nothing_finer_is_named() -> None:
    found = place_kinds("In Syria, government jets bombed rebel positions on Monday.")
    assert any(t == "ASSAULT" and kind == "country" for t, _, kind in found)


def placed_as_written(text: str) -> list[tuple[str, str, str]]:
    """(type, place name, place text) of every event the text gives."""
    result = process_texts([text], dates=[dt.date(2021, 3, 2)])[0]
    places = {p.id: p.name for p in result.places}
    return [(e.type, places.get(e.place_id, ""), e.place_text) for e in result.events]


@pytest.mark.parametrize(
    ("text", "country", "written"),
    [
        (
            "U.S. jets struck al-Shabab fighters near Buulo Xaaji, Somalia, on Tuesday.",
            "Somalia",
            "Buulo Xaaji",
        ),
        (
            "Coalition aircraft destroyed two ISIS caves in Wadi Zghaytun, Iraq, on Sunday.",
            "Iraq",
            "Wadi Zghaytun",
        ),
        (
            "In Iraq, coalition jets bombed two hideouts in Wadi Zghaytun on Sunday.",
            "Iraq",
            "Wadi Zghaytun",
        ),
        (
            "Militants stormed a checkpoint at Qasr Bint Harun, Syria, killing five soldiers.",
            "Syria",
            "Qasr Bint Harun",
        ),
    ],
)
def test_a_place_the_gazetteer_lacks_is_kept_as_written_inside_its_country(
    text: str, country: str, written: str
) -> None:
    assert ("ASSAULT", country, written) in placed_as_written(text)


def test_an_unknown_place_a_party_came_from_is_not_where_it_acted() -> None:
    found = placed_as_written("Fighters from Wadi Zghaytun attacked troops in Iraq on Sunday.")
    assert ("ASSAULT", "Iraq", "Iraq") in found


def test_a_known_town_beside_its_country_keeps_its_own_place() -> None:
    found = placed_as_written(
        "U.S. jets struck al-Shabab fighters near Jilib, Somalia, on Tuesday."
    )
    assert ("ASSAULT", "Jilib", "Jilib") in found
