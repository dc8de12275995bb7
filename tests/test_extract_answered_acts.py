"""An act told as what another act answers keeps its own sides.

"X launched strikes in response to attacks by Y on Z": the attacks are Y's, against Z, an
event of their own, and never lend the strikes their target; the strikes, naming no
target, hit Y, the doer of what they answer (extract/provoked.py, ``answer_nouns`` in
events.yaml). Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2022, 8, 25)


def _sides(events_found: Any, text: str) -> dict[str, tuple[str, str]]:
    found = [e for e in events_found(text, PUBLISHED) if e.type == "ASSAULT"]
    return {e.trigger: (e.source_actor, e.target_actor) for e in found}


@pytest.mark.parametrize(
    ("text", "answer", "answered", "answerer", "provoker"),
    [
        (
            "The US launched strikes in response to attacks by Iran-backed militias on American troops.",
            "launched",
            "attacks",
            "USA_MIL",
            "GEN_PRO_GOV_MILITIAS",
        ),
        (
            "The raids were launched in response to a series of rocket attacks on US troops by militias sponsored by Iran.",
            "launched",
            "attacks",
            "USA_MIL",
            "GEN_PRO_GOV_MILITIAS",
        ),
        (
            "Turkish jets bombed the area in retaliation for an attack by Kurdish militants on a border post.",
            "bombed",
            "attack",
            "TUR_AIRFORCE",
            "GEN_KURDISH_FORCES",
        ),
    ],
)
def test_the_answer_hits_the_doer_of_the_act_it_answers(
    events_found: Any, text: str, answer: str, answered: str, answerer: str, provoker: str
) -> None:
    sides = _sides(events_found, text)
    assert sides.get(answer) == (answerer, provoker), sides
    assert sides.get(answered, ("",))[0] == provoker, sides


def test_the_act_answered_does_not_lend_its_target(events_found: Any) -> None:
    text = "Warplanes hit the depots as a reprisal for last week's attacks on coalition troops in Syria."
    sides = _sides(events_found, text)
    assert "US_COALITION" not in {
        target for trigger, (_, target) in sides.items() if trigger != "attacks"
    }
    assert sides.get("attacks", ("", ""))[1] == "US_COALITION", sides
