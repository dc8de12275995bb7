"""A country after "in" on a party ("militants in Somalia stormed the base", "a militia
group in Iraq fired rockets at the airbase") says where the party is: a finer place the
sentence names comes first; a town after "in" on a party still places the act ("rebels in
Idlib shelled positions"), and a party struck there is struck there ("drones struck
militants in Hajin"): eventplace._a_doers_country, placeparties.locates_a_doer. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2020, 3, 12)


def assault_places(events_found, text: str) -> list[str]:
    found = [e.place_text for e in events_found(text, PUBLISHED) if e.type == "ASSAULT"]
    assert found, events_found(text, PUBLISHED)
    return found


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
    assert all(place == site for place in assault_places(events_found, text))


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
    assert all(place == where for place in assault_places(events_found, text))
