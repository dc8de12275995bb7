"""A place that modifies a noun naming its own place after "of" only locates it: "the
Idlib provincial town of Harem" is Harem, for a capture as for an event inside it
(extract/observations.py place_in). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

_DAY = dt.date(2015, 10, 20)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The rebels overran an army checkpoint in the Idlib provincial town of Saraqeb on Monday.", "Saraqeb"),
        ("Troops stormed a hospital in the Hama countryside town of Kafr Zita.", "Kafr Zita"),
        ("Militants seized the police station in the Anbar border town of al-Qaim.", "Qaim"),
    ],
)  # fmt: skip
def test_the_town_of_its_own_name_is_the_place(events_found: Any, text: str, place: str) -> None:
    places = {e.place_text for e in events_found(text, _DAY)}
    assert any(place.lower() in p.lower() for p in places), places
