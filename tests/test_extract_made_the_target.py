"""The side a copula makes the target of an act (extract/undergone.py ``made_the_target``):
"X was the target of an attack by Y", "X became the victim of an ambush by Y". X is who the
act was aimed at, and Y did it. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import one_event

PUBLISHED = dt.date(2018, 6, 1)


@pytest.mark.parametrize(
    ("text", "trigger", "doer", "target"),
    [
        ("An Iraqi army checkpoint near Tikrit was the target of a suicide attack by Islamic State militants.", "attack", "ISIS", "IRQ_MIL"),
        ("The Kenyan base was the target of a major assault by al-Shabaab fighters on Tuesday.", "assault", "AL_SHABAAB", "KEN"),
        ("Turkish troops were the target of a rocket attack by YPG fighters near Afrin.", "attack", "YPG", "TUR_MIL"),
        ("A Somali army patrol was the target of a roadside bombing by al-Shabaab near Afgoye.", "bombing", "AL_SHABAAB", "SOM_MIL"),
    ],
)
def test_the_subject_made_the_target_is_the_target(
    text: str, trigger: str, doer: str, target: str, events_found: Any
) -> None:
    event = one_event(events_found, text, trigger, PUBLISHED)
    assert event.source_actor == doer
    assert event.target_actor == target or event.target_actor.startswith(target + "_")


def test_a_place_made_the_target_names_no_side(events_found: Any) -> None:
    text = "The town of Jarablus was the target of an offensive by Turkish-backed rebels."
    event = one_event(events_found, text, "offensive", PUBLISHED)
    assert event.target_actor == ""
