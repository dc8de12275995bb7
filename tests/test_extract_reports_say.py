"""Reports that say or show a deed are its source, as a speaker is: "local reports said X
struck T", "initial reports indicate ...", "some reports say ..." are attributed, as the gold
of the real-news set reads them; reports doubted by a hedge word ("unconfirmed reports said"),
rumours, reports that only suggest, and reports that merely emerged leave the deed hedged
(extract/hearsay.py ``reports_speaking``, cues.yaml ``speaking_hearsay_nouns``).
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 9, 20)


def _assault_certainty(events_found: Any, text: str) -> str:
    assaults = [e for e in events_found(text, PUBLISHED) if e.type == "ASSAULT"]
    assert assaults, f"no ASSAULT in {text!r}"
    return str(assaults[0].claim.certainty)


@pytest.mark.parametrize(
    "text",
    [
        "Local reports said government jets had bombed the market in Saraqeb.",
        "Initial reports indicate coalition aircraft destroyed an ISIL tank near Sinjar.",
        "Some reports say Turkish troops shelled the village of Tal Tamr on Sunday.",
        "Early reports said militants stormed the police station in Arish overnight.",
    ],
)
def test_what_reports_say_is_attributed_to_them(events_found: Any, text: str) -> None:
    assert _assault_certainty(events_found, text) == "attributed"


@pytest.mark.parametrize(
    "text",
    [
        "Unconfirmed reports said government jets had bombed the market in Saraqeb.",
        "Unverified reports say Turkish troops shelled the village of Tal Tamr on Sunday.",
        "Rumours said militants stormed the police station in Arish overnight.",
        "Reports suggest coalition aircraft destroyed an ISIL tank near Sinjar.",
        "Reports emerged that government jets had bombed the market in Saraqeb.",
    ],
)
def test_doubted_reports_rumours_and_suggestions_stay_hedged(events_found: Any, text: str) -> None:
    assert _assault_certainty(events_found, text) == "hedged"
