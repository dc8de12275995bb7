"""Whom "called for X to V" asks (extract/addressee.py, ``infinitive_preps`` of REQUEST in
events.yaml): the party after "for" is the request's target when the verb also governs an
infinitive; "called for sanctions against X" asks no one. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 6, 20)


def _requests(events_found: Any, text: str) -> list[tuple[str, str]]:
    events = events_found(text, PUBLISHED)
    return [(e.source_actor, e.target_actor) for e in events if e.type == "REQUEST"]


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "The Syrian Democratic Forces called for the coalition to back the operation.",
            "US_COALITION",
        ),
        ("Rebel commanders called for Turkey to support their push on the town.", "TUR"),
        (
            "The Kurdish-led command called for the US-led coalition to provide air cover.",
            "US_COALITION",
        ),
    ],
)
def test_the_party_called_for_to_act_is_asked(events_found: Any, text: str, asked: str) -> None:
    assert asked in [target for _source, target in _requests(events_found, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The Houthis called for sanctions against Israel.",
        "The Iraqi government called for the withdrawal of Turkish troops from Bashiqa.",
    ],
)
def test_a_call_for_a_measure_asks_no_one(events_found: Any, text: str) -> None:
    assert all(not target for _source, target in _requests(events_found, text))
