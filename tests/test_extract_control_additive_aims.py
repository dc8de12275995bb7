"""A capture added beside an aimed one ("the goal was to cut the road, in addition to
capturing T", "hoped to hold the ridge besides seizing T") is aimed with it; beside a done
deed ("took the ridge, in addition to capturing T") it stays done
(control_aims._gerund_beside_an_aim, cues.yaml: additive_links). Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import extract

PUBLISHED = dt.date(2016, 2, 10)
PLAIN = ("asserted", "attributed")


def captures_at(text: str, place: str) -> list[Any]:
    return [
        c for c in extract(text, PUBLISHED).control_changes if place.lower() in c.place_text.lower()
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            (
                "Syrian government forces launched an offensive east of Aleppo in October. The aim "
                "of the operation was to break the siege of Nubl, in addition to capturing the "
                "Kuweires airbase."
            ),
            "Kuweires",
        ),
        (
            (
                "The Syrian army launched a push south of Aleppo. Its goal was to secure the "
                "highway, in addition to seizing the town of Khanasir."
            ),
            "Khanasir",
        ),
        (
            (
                "Kurdish forces launched a campaign near Raqqa. The objective of the campaign was "
                "to reach the Euphrates, in addition to retaking the Tabqa airbase."
            ),
            "Tabqa",
        ),
    ],
)
def test_a_capture_beside_an_aim_is_no_done_change(text: str, place: str) -> None:
    found = captures_at(text, place)
    assert found and all(c.claim.certainty not in PLAIN for c in found), [c.claim for c in found]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            (
                "Syrian troops advanced south of Aleppo. They stormed the ridge on Monday, in "
                "addition to capturing the town of Khanasir."
            ),
            "Khanasir",
        ),
        (
            (
                "Rebels overran two checkpoints on Sunday, in addition to seizing the town of "
                "Tal Rifaat."
            ),
            "Tal Rifaat",
        ),
    ],
)
def test_a_capture_beside_a_done_deed_stays_done(text: str, place: str) -> None:
    found = captures_at(text, place)
    assert found and all(c.claim.certainty in PLAIN for c in found), [c.claim for c in found]
