"""An act that names no side and no place is not stored: a retelling ("the bombing"),
background or a topic; an act naming a doer, a target or a place stays. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from extracted import extract
from frontwatch.extract.unanchored import is_anchored
from frontwatch.records import Event


@pytest.mark.parametrize(
    "text",
    [
        "Nobody has yet said who carried out the bombing.",
        "No one has claimed the shelling so far.",
        "Tuesday's ambush came a week after the talks collapsed.",
        "The strike was the deadliest this year.",
    ],
)
def test_an_act_with_no_side_and_no_place_is_not_stored(text: str) -> None:
    events = extract(text).events
    assert events == [], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Nobody has yet said who carried out the bombing in Kirkuk.", "ASSAULT"),
        ("Houthi fighters attacked a convoy on Friday, officials said.", "ASSAULT"),
        ("Police arrested four men after the explosion.", "COERCE"),
    ],
)
def test_an_act_naming_a_place_or_a_side_stays(text: str, kind: str) -> None:
    assert kind in [e.type for e in extract(text).events]


def test_a_side_or_a_place_anchors_an_act() -> None:
    assert not is_anchored(Event(id="e1", type="ASSAULT"))
    assert is_anchored(Event(id="e2", type="ASSAULT", source_actor="ISIS"))
    assert is_anchored(Event(id="e3", type="ASSAULT", target_actor="IRQ_MIL"))
    assert is_anchored(Event(id="e4", type="ASSAULT", place_id="gn:99062"))
