"""A weapon fired is no target: the act is aimed where its "at"/"on" points.

"launched drones at X bases", "fired a barrage of rockets at X posts" (the parser may hang
the "at" on the object): X is the target, not the drones' class nor the missiles' maker
(extract/holders.py ``fired_at``, ``object_classes.launched_weapon`` and ``volley`` in
events.yaml). A weapon shot down still names whose it was. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2021, 5, 1)


def _sides(events_found: Any, text: str, trigger: str) -> tuple[str, str]:
    found = [
        e for e in events_found(text, PUBLISHED) if e.type == "ASSAULT" and e.trigger == trigger
    ]
    assert len(found) == 1, [(e.trigger, e.source_actor, e.target_actor) for e in found]
    return found[0].source_actor, found[0].target_actor


@pytest.mark.parametrize(
    ("text", "trigger", "doer", "target"),
    [
        ("Houthi forces launched several drones at Saudi bases on Monday.", "launched", "HOUTHIS", "SAU"),
        (
            "Hezbollah fired a barrage of rockets at Israeli army posts along the border.",
            "fired",
            "HEZBOLLAH",
            "ISR_MIL",
        ),
        ("The Houthis launched a swarm of drones at Saudi oil facilities.", "launched", "HOUTHIS", "SAU"),
        (
            "Militants fired a volley of mortar shells at Nigerian troops near the town.",
            "fired",
            "",
            "NGA_MIL",
        ),
    ],
)
def test_what_a_launched_weapon_is_aimed_at_is_the_target(
    events_found: Any, text: str, trigger: str, doer: str, target: str
) -> None:
    source, hit = _sides(events_found, text, trigger)
    assert hit == target
    if doer:
        assert source == doer


def test_a_weapon_shot_down_names_whose_it_was(events_found: Any) -> None:
    _, hit = _sides(events_found, "Saudi air defences shot down Houthi drones over Jizan.", "shot")
    assert hit == "HOUTHIS"


def test_a_barrage_into_the_sea_hits_no_one(events_found: Any) -> None:
    found = [e for e in events_found("Hezbollah fired a barrage of rockets into the sea off the coast.", PUBLISHED)]
    assert all(e.target_actor == "" for e in found), [(e.trigger, e.target_actor) for e in found]
