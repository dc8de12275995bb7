"""A habit told in the simple present is no act reported (triggers.py ``_tells_a_habit``):
"warplanes regularly bomb Idlib" states no strike on a day; a past tense stays an act.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import types_found

PUBLISHED = dt.date(2016, 10, 26)


@pytest.fixture
def types_of() -> Any:
    return lambda text: types_found(text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Syrian and Russian warplanes regularly bomb Idlib province.",
        "The group routinely targets Christians in the north-east of Syria.",
        "Government helicopters often drop barrel bombs on Daraya.",
        "Whenever Russia declares a truce in Aleppo, its jets violate it.",
        "Militants frequently shell the government-held districts of Deir ez-Zor.",
    ],
)
def test_a_habit_is_no_act(text: str, types_of: Any) -> None:
    assert types_of(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Russia repeatedly vetoed resolutions on Syria at the Security Council.", "REJECT"),
        ("Warplanes bombed Idlib province on Monday.", "ASSAULT"),
        ("Jets bomb a market in Idlib, killing 20.", "ASSAULT"),
        ("Government helicopters dropped barrel bombs on Daraya overnight.", "ASSAULT"),
    ],
)
def test_a_dated_or_headline_act_stays(text: str, kind: str, types_of: Any) -> None:
    assert kind in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The northern districts are regularly bombarded by government artillery.",
        "The camp is often shelled by the militia from the hills.",
        "Supply trucks are routinely attacked on the desert road.",
    ],
)
def test_a_habit_told_in_the_passive_is_no_act(text: str, types_of: Any) -> None:
    assert "ASSAULT" not in types_of(text)


def test_a_passive_act_in_the_past_stays(types_of: Any) -> None:
    assert "ASSAULT" in types_of("The camp was shelled by the militia on Monday.")
