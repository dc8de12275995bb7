"""People an act is aimed at, or lives its toll verb takes, called innocent or unarmed are
civilians: the act's target (extract/innocents.py, cues.yaml ``civilian_adjectives``,
``life_taking_verbs``). Bare people or lives, and fighters' lives, name no civilians.
Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 7, 4)


@pytest.mark.parametrize(
    ("text", "civilians"),
    [
        ("Islamic State militants targeted innocent people in Baghdad.", True),
        ("The car bombing in central Basra on Sunday took dozens of innocent lives.", True),
        (
            "The attacks the Islamic State carried out in Baghdad last week, claiming scores of innocent lives, shocked the country.",
            True,
        ),
        # bare people, and soldiers' lives: no civilians named
        ("Islamic State militants targeted people in Baghdad.", False),
        ("The car bombing in central Basra on Sunday took the lives of two Iraqi soldiers.", False),
    ],
)
def test_innocents_hit_are_civilians(events_found: Any, text: str, civilians: bool) -> None:
    found = [e for e in events_found(text, PUBLISHED) if e.type == "ASSAULT"]
    assert found
    hit = [e.target_actor == "GEN_CIVILIANS" for e in found]
    assert hit == [civilians] * len(found), [(e.source_actor, e.target_actor) for e in found]
