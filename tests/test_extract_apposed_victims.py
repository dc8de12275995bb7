"""People killed whom an appositive on them says were children, women or civilians ("40
people, many of them children", "60 people, mostly women and children") were civilians: the
act was done to civilians (extract/victims.py, ``_named_among``). An appositive naming
fighters ("most of them soldiers"), or fighters beside them, leaves no target. Sentences
written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2017, 6, 2)


def _assaults(events_found: Any, text: str) -> list[Any]:
    return [e for e in events_found(text, PUBLISHED) if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "More than 40 people, many of them children, were killed when Islamic State militants attacked the village of Hardin.",
            "ISIS",
        ),
        (
            "Islamic State militants stormed the village on Friday, killing nearly 60 people, mostly women and children.",
            "ISIS",
        ),
        ("Rebel shelling on the town killed 12 people, many of them children.", "GEN_REBELS"),
    ],
)
def test_people_apposed_as_children_or_women_are_civilians(events_found: Any, text: str, doer: str) -> None:
    found = [e for e in _assaults(events_found, text) if e.source_actor == doer]
    assert found, [(e.source_actor, e.target_actor) for e in _assaults(events_found, text)]
    assert all(e.target_actor == "GEN_CIVILIANS" for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "Government shelling killed 12 people, most of them soldiers, in the town of Douma.",
        "Government jets bombed the outskirts of Douma, killing nine people and two rebel fighters.",
    ],
)
def test_fighters_among_them_name_no_civilians(events_found: Any, text: str) -> None:
    found = _assaults(events_found, text)
    assert found
    assert all(e.target_actor != "GEN_CIVILIANS" for e in found)
