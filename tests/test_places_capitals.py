"""A country's capital named by description (issue 13, item 4): "the Iraqi capital",
"Iraq's capital", "the capital of Syria" are the capital city, not the country, and an
event there is placed at the city (kb/places/capitals.py; demonyms in countries.yaml).
Sentences written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2018, 5, 2)


def event_places(text: str) -> list[str]:
    from frontwatch.pipeline import process_texts

    result = process_texts([text], dates=[PUBLISHED])[0]
    names = {p.id: p.name for p in result.places}
    return [names.get(e.place_id, "") for e in result.events]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("A car bomb tore through a crowded street in the Iraqi capital on Sunday.", "Baghdad"),
        ("Two suicide bombers blew themselves up at a bus station in Iraq's capital.", "Baghdad"),
        ("Rebel mortar rounds landed on a school in the Syrian capital overnight.", "Damascus"),
        ("Gunmen stormed a hotel in the capital of Libya, killing three guards.", "Tripoli"),
        ("Drones struck an oil depot on the outskirts of the Sudanese capital.", "Khartoum"),
    ],
)
def test_an_event_in_a_described_capital_is_at_the_city(text: str, city: str) -> None:
    assert city in event_places(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Crowds in Iraq's capital marched on parliament.", "capital"),
        ("Shells hit a market in the Lebanese capital on Monday.", "Lebanese capital"),
    ],
)
def test_the_phrase_resolves_to_the_capital(text, words, gazetteer, place_mentions) -> None:
    mention = place_mentions(text)[words]
    place = gazetteer.get(mention.place_id)
    assert place is not None and place.kind == "populated_place"
    assert place.id in gazetteer.capital_ids


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the capital of a province is no national capital
        ("Troops entered the capital of Iraq's Anbar province on Tuesday.", "Iraq"),
        # the city's own name follows: it is the mention, the description adds nothing
        ("Protesters in Iraq's capital, Baghdad, marched on parliament.", "Iraq"),
        # "capital" as a modifier is money, not a city
        ("Syrian capital markets fell after the strikes on Damascus.", ""),
    ],
)
def test_near_misses_name_no_national_capital(text, country, gazetteer, place_mentions) -> None:
    mentions = place_mentions(text)
    assert not any("capital" in words for words in mentions if mentions[words].place_id)
    if country:
        assert any(
            gazetteer.get(m.place_id) is not None and gazetteer.get(m.place_id).name == country
            for m in mentions.values()
            if m.place_id
        )


def test_demonyms_are_checked_at_load() -> None:
    from frontwatch.kb.places.curated import read_demonyms

    found, problems = read_demonyms({"IRQ": ["Iraqi"], "syria": ["Syrian"], "LBN": "Lebanese"})
    assert found == {"Iraqi": "IRQ"}
    assert len(problems) == 2 and "'syria' is not an ISO3 code" in problems[0]


def test_a_described_capital_vouches_for_no_namesake(gazetteer, place_mentions) -> None:
    """ "the Syrian capital" is no anchor: it would pull a later "Damascus" to the
    governorate of that name around the city (an anchor never vouches for itself)."""
    text = "Clashes went on for a fourth day in the Syrian capital. Rebels vowed to take Damascus."
    place = gazetteer.get(place_mentions(text)["Damascus"].place_id)
    assert place is not None and place.kind == "populated_place"


def test_a_described_capital_makes_no_story_about_the_city() -> None:
    """ "the Syrian capital" once and Damascus once do not make Damascus the town the whole
    story is about (extract/scene.main_town), as Damascus named twice does."""
    from frontwatch.extract.scene import main_town
    from frontwatch.pipeline import process_texts

    def town(text: str) -> str:
        result = process_texts([text], dates=[PUBLISHED])[0]
        places = {p.id: p for p in result.places}
        found = main_town(result.mentions, places, 2)
        return found.name if found else ""

    tail = "Police sealed off a street in western Damascus."
    assert town(f"A car bomb exploded at a bakery in the Syrian capital on Friday. {tail}") == ""
    assert town(f"A car bomb exploded at a bakery in Damascus on Friday. {tail}") == "Damascus"
