"""Where an act told with more than one place in its sentence was.

A place that opens a sentence ahead of its teller sets the scene of all the sentence tells
("In the town of X, activists said jets bombed a market": the bombing is at X), while a
place the teller spoke in is not where the act was ("a spokesman said in Ankara that jets
struck militants"): eventplace._sets_the_scene.

A country after "in" on a party ("militants in Somalia stormed the base", "a militia
group in Iraq fired rockets at the airbase") says where the party is: a finer place the
sentence names comes first; a town after "in" on a party still places the act ("rebels in
Idlib shelled positions"), and a party struck there is struck there ("drones struck
militants in Hajin"): eventplace._a_doers_country, placeparties.locates_a_doer.

Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2016, 3, 1)
PUBLISHED_LATER = dt.date(2020, 3, 12)


def assault_places(events_found, text: str, published: dt.date = PUBLISHED) -> list[str]:
    found = [e.place_text for e in events_found(text, published) if e.type == "ASSAULT"]
    assert found, events_found(text, published)
    return found


@pytest.mark.parametrize(
    ("text", "where"),
    [
        (
            "In the eastern town of Douma, activists said government jets bombed a crowded market.",
            "Douma",
        ),
        ("In Mosul, police said a car bomb killed five people on Tuesday.", "Mosul"),
        (
            "Inside Aleppo's eastern districts, an army statement said insurgents raided two checkpoints before dawn.",
            "Aleppo",
        ),
        ("But in Raqqa, residents told reporters that airstrikes hit a bakery.", "Raqqa"),
    ],
)
def test_a_place_opening_the_report_is_where_the_act_was(
    events_found, text: str, where: str
) -> None:
    assert all(place == where for place in assault_places(events_found, text))


def test_a_place_after_the_teller_names_where_the_act_was(events_found) -> None:
    text = "Officials said in Baghdad that militants attacked a checkpoint near Tikrit."
    assert all(place == "Tikrit" for place in assault_places(events_found, text))


def test_the_place_a_teller_spoke_in_is_not_where_the_act_was(events_found) -> None:
    text = "A Turkish military spokesman said in Ankara that jets struck PKK militants overnight."
    assert all(place != "Ankara" for place in assault_places(events_found, text))


@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "Four policemen were wounded when militants in Somalia stormed the Daynunay base at dawn.",
            "Daynunay base",
        ),
        (
            "Two soldiers died when an armed group in Iraq fired rockets at the Balad airbase.",
            "Balad airbase",
        ),
        (
            "Three guards were killed when jihadists in Syria attacked the Ghwayran prison overnight.",
            "Ghwayran prison",
        ),
    ],
)
def test_the_site_attacked_comes_before_where_the_attackers_are(
    events_found, text: str, site: str
) -> None:
    assert all(place == site for place in assault_places(events_found, text, PUBLISHED_LATER))


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Rebels in Idlib shelled government positions on Sunday.", "Idlib"),
        ("Drones struck militants in Hajin overnight, killing six.", "Hajin"),
    ],
)
def test_a_party_place_alone_or_struck_still_places_the_act(
    events_found, text: str, where: str
) -> None:
    assert all(place == where for place in assault_places(events_found, text, PUBLISHED_LATER))
