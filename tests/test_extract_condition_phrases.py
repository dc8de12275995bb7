"""Conditions the parse splits into several words (extract/certainty.py
`_condition_phrase`, cues.yaml `condition_phrases`): "as long as", "so long as", "provided"
open a condition like "if"; the deed in it is hypothetical. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extracted import extract

PUBLISHED = dt.date(2017, 6, 1)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Provided the militias agree to withdraw, the talks can go on, he said.", "RETREAT"),
        ("As long as the rebels withdraw from the hills, the army will hold its fire.", "RETREAT"),
        ("So long as the army shells the old city, the rebels will not negotiate.", "ASSAULT"),
    ],
)
def test_a_deed_under_a_condition_phrase_is_hypothetical(text: str, kind: str) -> None:
    events = [e for e in extract(text, PUBLISHED).events if e.type == kind]
    assert events and all(e.claim.certainty == "hypothetical" for e in events), events


def test_a_long_time_is_no_condition() -> None:
    text = "The rebels withdrew from the hills long after the army had taken the town."
    events = [e for e in extract(text, PUBLISHED).events if e.type == "RETREAT"]
    assert events and all(e.claim.certainty == "asserted" for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Provided with US air cover, Kurdish fighters stormed the town.",
        "Provided with Turkish drones, the rebels attacked the base.",
    ],
)
def test_provided_with_support_is_no_condition(text: str) -> None:
    events = [e for e in extract(text, PUBLISHED).events if e.type == "ASSAULT" or e.trigger in ("stormed", "entered")]
    assert events and all(e.claim.certainty != "hypothetical" for e in events), events
