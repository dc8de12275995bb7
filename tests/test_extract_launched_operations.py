"""An operation or counteroffensive launched against a side is an attack on it: the enemy
is the object of the operation's "against" (events.yaml new_operation;
extract/arguments.py). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

_DAY = dt.date(2019, 10, 20)


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        ("The SDF launched a counteroffensive against Turkish-backed fighters near Ras al-Ain.", "SDF", "SNA"),
        ("Government troops launched a campaign against the rebels in Daraa.", "SYR_MIL", "GEN_REBELS"),
        ("Iraqi forces launched a counter-offensive against IS militants west of Mosul.", "IRQ_MIL", "ISIS"),
    ],
)  # fmt: skip
def test_an_operation_launched_against_a_side_attacks_it(
    events_found: Any, text: str, doer: str, target: str
) -> None:
    found = {(e.type, e.source_actor, e.target_actor) for e in events_found(text, _DAY)}
    assert ("ASSAULT", doer, target) in found


def test_a_rescue_operation_attacks_no_one(events_found: Any) -> None:
    text = "Turkish teams launched a rescue operation near the border after the earthquake."
    assert not [e for e in events_found(text, _DAY) if e.type == "ASSAULT"]
