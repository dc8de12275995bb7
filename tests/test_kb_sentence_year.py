"""An article with no date whose sentence names a year: its names are read at that year
("In 1991, US-led warplanes ..." are no coalition of 2014), and "current" only when no
year is given (kb/actors/mentions.py). Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "coalition"),
    [
        ("In 1991, US-led warplanes struck Iraqi tanks near Basra.", "US_COALITION"),
        ("US-led aircraft bombed Iraqi army positions during the 2003 invasion.", "US_COALITION"),
        ("Saudi-led warplanes bombed Houthi positions near Sanaa in 2009.", "SAUDI_COALITION"),
    ],
)  # fmt: skip
def test_a_year_before_the_coalition_formed_names_no_coalition(
    events_found: Any, text: str, coalition: str
) -> None:
    assaults = [e for e in events_found(text, None) if e.type == "ASSAULT"]
    assert assaults, text
    assert all(e.source_actor != coalition for e in assaults)


@pytest.mark.parametrize(
    "text",
    [
        "US-led airstrikes hit Islamic State positions near Mosul.",
        "In 2016, US-led airstrikes hit Islamic State positions near Mosul.",
    ],
)
def test_no_year_or_a_year_since_it_formed_names_the_coalition(events_found: Any, text: str) -> None:
    assaults = [e for e in events_found(text, None) if e.type == "ASSAULT"]
    assert [e.source_actor for e in assaults] == ["US_COALITION"]
