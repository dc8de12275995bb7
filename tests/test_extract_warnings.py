"""A warning is a threat only when it tells of a hostile deed (triggers.py,
``needs_hostile_content``): "warned that the toll would rise" states no threat.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 9, 20)


@pytest.fixture
def threats_in(events_found: Any) -> Any:
    def threats(text: str) -> list[Any]:
        events = events_found(text, PUBLISHED)
        return [e for e in events if e.type == "THREATEN" and e.trigger.startswith("warn")]

    return threats


@pytest.mark.parametrize(
    "text",
    [
        "Turkey warned that Russian planes would be shot down if they crossed the border again.",
        "The army warned of a strong response after the pilot was executed.",
        "The rebel commander warned that his fighters would retaliate for the raids on Douma.",
        "Assad warned Washington to expect reprisals for any strike on Syria.",
        "Any attempt to storm the town would be met with force, the rebels warned.",
    ],
)
def test_a_warning_of_a_hostile_deed_is_a_threat(text: str, threats_in: Any) -> None:
    assert threats_in(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers warned that the death toll could climb further.",
        "Doctors in Aleppo warned that the hospital would run out of fuel within days.",
        "The opposition coalition warned of dire consequences of the world's silence.",
        "The Iraqi minister warned that the number of displaced families was growing.",
    ],
)
def test_a_warning_of_no_hostile_deed_is_no_threat(text: str, threats_in: Any) -> None:
    assert not threats_in(text), threats_in(text)
