"""Sides that join another's troops are allies (extract/joinedforces.py; sentences written
for these tests); joining a group, a coalition's talks or a rally is no such tie."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

_DAY = dt.date(2016, 3, 4)


def _allied(relations_found: Any, text: str) -> set[frozenset[str]]:
    return {frozenset((s, t)) for k, s, t, _c in relations_found(text, _DAY) if k == "allied"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Peshmerga fighters have joined Iraqi troops in Nineveh province ahead of the push.",
            {"PESHMERGA", "IRQ_MIL"},
        ),
        (
            ("Shiite militiamen of the Popular Mobilization Forces joined Iraqi soldiers in the "
            "battle for Fallujah."),
            {"PMF", "IRQ_MIL"},
        ),
        (
            "Hezbollah fighters joined Syrian government forces as the offensive on Aleppo began.",
            {"HEZBOLLAH", "SYR_MIL"},
        ),
    ],
)  # fmt: skip
def test_joining_troops_makes_allies(relations_found: Any, text: str, pair: set[str]) -> None:
    assert frozenset(pair) in _allied(relations_found, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Peshmerga joined talks with Baghdad on Monday.",
        "Dozens of Iraqi soldiers joined a rally in Baghdad on Friday.",
    ],
)
def test_joining_talks_or_a_rally_is_no_alliance(relations_found: Any, text: str) -> None:
    assert not _allied(relations_found, text)
