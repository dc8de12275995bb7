"""A "the city", "the town" or "the village" with no place named in its look-back window
(its sentence and the two before) stands for the town named last a few sentences further
back: a report names the town in its lede, tells of the fighting in sentences that name no
place, then of the town's fall ("The Battle of T began ... [no place] ... captured the
city"). A province or country named last ends the search, and so does the distance; "it"
and "the area" do not reach that far (issue 13 item 1). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.pipeline import process_texts


def places_of(text: str) -> tuple[list[str], list[str]]:
    """The places of the text's events (in order) and of its control changes."""
    result = process_texts([text], dates=[dt.date(2021, 3, 2)])[0]
    places = {p.id: p.name for p in result.places}
    events = [places.get(e.place_id, "") for e in result.events]
    taken = [places.get(c.place_id, "") for c in result.control_changes]
    return events, taken


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (  # a passive fall, three sentences on
            (
                "Rebels launched an offensive on Idlib on Monday. Heavy fighting was reported "
                "overnight. Dozens of fighters were killed, activists said. The city fell to the "
                "rebels on Saturday."
            ),
            "Idlib",
        ),
        (  # "the town" retaken, two sentences that name no place between
            (
                "Al-Shabaab militants stormed Beledweyne on Tuesday. Residents said the gunfire "
                "lasted for hours. Many families fled on foot. Somali troops retook the town on "
                "Thursday."
            ),
            "Beledweyne",
        ),
        (  # a passive capture with its agent, a quoted commander between
            (
                'Kurdish fighters advanced on Manbij in early June. "We are moving street by '
                'street," a commander told reporters. Snipers slowed the advance for weeks. The '
                "town was captured by the fighters in August."
            ),
            "Manbij",
        ),
    ],
)
def test_the_city_reaches_the_town_named_sentences_before(text: str, town: str) -> None:
    events, taken = places_of(text)
    assert town in taken
    assert events[-1] == town


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (  # a "Battle of T" lede, a paragraph break, then a capture by unnamed forces
            (
                "The Battle of Sirte began in May 2016.\n\nPro-government forces advanced from the "
                "west with air support. Commanders said the militants had mined the roads. After "
                "three months, the forces captured the city."
            ),
            "Sirte",
        ),
        (  # shelling "the city", an offensive named in the lede
            (
                "Iraqi troops began the Mosul offensive in October. Soldiers moved slowly through "
                "the eastern districts. Officials said civilians were trapped. Militants shelled "
                "the city the next day."
            ),
            "Mosul",
        ),
        (  # a withdrawal from "the city" four sentences on
            (
                "Government forces encircled Aleppo in July. Aid agencies warned of shortages. Food "
                "prices tripled. Doctors said hospitals were overwhelmed. Rebels finally withdrew "
                "from the city in December."
            ),
            "Aleppo",
        ),
        (  # an air strike on "the village"
            (
                "Militants overran Kafr Nabl at dawn. Witnesses described bodies in the streets. "
                "Local officials appealed for help. Jets bombed the village in the afternoon."
            ),
            "Kafranbel",
        ),
    ],
)
def test_an_attack_on_the_city_gets_the_town_named_before(text: str, town: str) -> None:
    events, _ = places_of(text)
    assert events[-1] == town


@pytest.mark.parametrize(
    "text",
    [
        (  # a province named last: the report moved on from the town
            "Rebels launched an offensive on Saraqib on Monday. Clashes spread across Idlib "
            "province. Dozens were killed, activists said. Many more fled. Government troops "
            "captured the city on Saturday."
        ),
        (  # a country named last
            "Rebels launched an offensive on Saraqib on Monday. Aid officials in Turkey voiced "
            "concern. Dozens were killed, activists said. Many more fled. Government troops "
            "captured the city on Saturday."
        ),
    ],
)
def test_a_province_or_country_named_last_ends_the_search(text: str) -> None:
    events, taken = places_of(text)
    assert "Saraqib" not in taken
    assert events[-1] != "Saraqib"


def test_a_town_named_too_far_back_is_no_antecedent() -> None:
    text = (
        "Rebels launched an offensive on Saraqib on Monday. Heavy fighting was reported. "
        "Dozens were killed. Many more fled. Aid workers were stretched. Food ran short. "
        "Hospitals closed. Doctors left. Government troops captured the city on Saturday."
    )
    events, taken = places_of(text)
    assert "Saraqib" not in taken
    assert events[-1] != "Saraqib"


def test_a_town_named_between_is_the_antecedent() -> None:
    text = (
        "Rebels launched an offensive on Saraqib on Monday. Government jets bombed Ariha in "
        "reply. Dozens were killed, activists said. Many more fled. Rebels captured the town "
        "on Saturday."
    )
    events, _ = places_of(text)
    assert events[-1] == "Arīḩā"


def test_it_does_not_reach_that_far() -> None:
    text = (
        "Rebels launched an offensive on Saraqib on Monday. Heavy fighting was reported "
        "overnight. Dozens of fighters were killed, activists said. Government troops captured "
        "it on Saturday."
    )
    _, taken = places_of(text)
    assert "Saraqib" not in taken
