"""A river is no event's place (extract/riverside.py): the event takes the nearest other place
its sentence names, else none. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2017, 10, 3)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            (
                "Russian jets killed 120 militants on the western bank of the Euphrates river "
                "near Mayadin on Wednesday."
            ),
            "Mayadin",
        ),
        (
            (
                "Coalition strikes killed 14 civilians crossing the Euphrates by boat "
                "near Mayadeen."
            ),
            "Mayadeen",
        ),
        ("Russian jets pounded Islamic State positions on the eastern bank of the Euphrates.", ""),
        (
            (
                "Russia's air force has killed 160 fighters on the southern bank of the "
                "Euphrates river near Raqqa, Syria."
            ),
            "Raqqa",
        ),
        ("Turkish artillery shelled Kurdish positions along the Tigris near Mosul.", "Mosul"),
        ("Government forces shelled Raqqa on Monday.", "Raqqa"),
    ],
)
def test_an_event_by_a_river_takes_the_town_named_with_it(
    text: str, place: str, events_found: Any
) -> None:
    assaults = [e for e in events_found(text, PUBLISHED) if e.type == "ASSAULT"]
    assert [e.place_text for e in assaults][:1] == [place], assaults
