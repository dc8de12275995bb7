"""Help told in the simple present inside a relative clause ("X, which provides the funding
and training") describes the giver: no dated AID event, though the tie stands
(extract/standing.py, ``standing_support.described_types``). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import extract

PUBLISHED = dt.date(2019, 3, 12)


def _aid(text: str) -> list[tuple[str, str]]:
    return [(e.source_actor, e.target_actor) for e in extract(text, PUBLISHED).events if e.type == "AID"]


@pytest.mark.parametrize(
    "text",
    [
        "The militia is backed by Iran's Quds Force, which provides the funding, weapons and training of its fighters.",
        "The rebels are supported by Turkey, which supplies them with ammunition and anti-tank missiles.",
        "Kurdish fighters in Kobani are backed by the coalition, which also arms them.",
    ],
)
def test_help_a_relative_clause_describes_is_no_event(text) -> None:
    assert not _aid(text), _aid(text)


@pytest.mark.parametrize(
    ("text", "giver"),
    [
        ("Turkey provided the rebels with ammunition on Tuesday.", "TUR"),
        ("The coalition armed the Kurdish fighters in Kobani last month.", "US_COALITION"),
    ],
)
def test_help_given_in_a_main_clause_stays_an_event(text, giver) -> None:
    assert any(g == giver for g, _ in _aid(text)), _aid(text)
