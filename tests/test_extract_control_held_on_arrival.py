"""A holding told with the arrival that began it (h-control32): "reached T on Friday and
now fully control the town", "arrived in T and hold most of the city" tell the side took T;
a holding alone ("are now in full control of T", "now control T") stays a holding, and one
denied ("reached the outskirts but do not control the city") is no capture."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import control_changes

PUBLISHED = dt.date(2016, 2, 22)


@pytest.mark.parametrize(
    ("text", "place", "taker"),
    [
        ("Kurdish fighters reached Manbij on Sunday and now control the town.", "Manbij", "YPG"),
        ("The rebels say they reached Idlib on Monday and now fully hold the city.", "Idlib", "GEN_REBELS"),
        ("Government troops pushed into Saraqeb overnight and now control the town.", "Saraqeb", "SYR_MIL"),
        ("Rebels arrived in Idlib on Monday and control most of the city.", "Idlib", "GEN_REBELS"),
    ],
)
def test_a_holding_joined_to_the_arrival_is_a_capture(
    engine, text: str, place: str, taker: str
) -> None:
    found = control_changes(text, PUBLISHED)
    assert ("capture", place, taker, "") in found, found


@pytest.mark.parametrize(
    ("text", "place", "holder"),
    [
        ("The Syrian army and Hezbollah now control the town of Qusair.", "Qusair", "SYR_MIL"),
        ("Islamic State fighters still hold Raqqa after three years.", "Raqqa", "ISIS"),
    ],
)
def test_a_holding_alone_stays_a_holding(engine, text: str, place: str, holder: str) -> None:
    found = control_changes(text, PUBLISHED)
    assert ("held", place, holder, "") in found and not [c for c in found if c[0] == "capture"]


def test_a_denied_holding_after_an_arrival_is_no_capture(engine) -> None:
    text = "Rebels reached the outskirts of Idlib on Monday but do not control the city."
    assert [c for c in control_changes(text, PUBLISHED) if c[0] == "capture"] == []
