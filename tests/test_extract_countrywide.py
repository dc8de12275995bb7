"""An act told for a whole country and again in one of its towns is told once
(extract/countrywide.py); a country-wide act by another side, or of another year, stays.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from frontwatch.records import is_country_id

PUBLISHED = dt.date(2019, 3, 4)


@pytest.fixture
def events_of(events_found: Any) -> Any:
    return lambda text: events_found(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            (
                "In Syria, coalition aircraft carried out 14 strikes against ISIS targets on Monday."
                "\n\nNear Raqqa, four coalition strikes hit an ISIS depot and wrecked a "
                "truck."
            ),
            "Raqqa",
        ),
        (
            (
                "Russian warplanes kept up their bombing of Syria on Tuesday.\n\nRussian jets bombed "
                "a market in the town of Saraqeb, killing nine people."
            ),
            "Saraqeb",
        ),
        (
            (
                "Turkish drones hit PKK militants in Iraq on Wednesday.\n\nThe Turkish drones "
                "struck a PKK vehicle near the town of Sinjar."
            ),
            "Sinjar",
        ),
    ],
)
def test_a_country_tally_gives_way_to_its_towns(text: str, town: str, events_of: Any) -> None:
    events = [e for e in events_of(text) if e.type == "ASSAULT"]
    assert [e.place_text for e in events] == [town], events
    assert not [e for e in events if is_country_id(e.place_id)], events


@pytest.mark.parametrize(
    "text",
    [
        # another side's act in a town of the country
        (
            "Israeli jets struck targets in Syria on Sunday.\n\nSeparately, Russian aircraft "
            "bombed the town of Maarat al-Numan."
        ),
        # the same side, years apart
        (
            "An Israeli air raid on Syria in 2007 went unanswered.\n\nOn Monday, Israeli jets "
            "struck an arms depot near Damascus."
        ),
    ],
)
def test_a_country_wide_act_of_another_side_or_year_stays(text: str, events_of: Any) -> None:
    events = [e for e in events_of(text) if e.type == "ASSAULT"]
    assert len(events) == 2, events
    assert [e for e in events if is_country_id(e.place_id)], events
