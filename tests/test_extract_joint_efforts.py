"""Sides acting together: "a joint effort by X and Y", joint patrols and exercises are
COOPERATE between the two (events.yaml nouns; the agent coordinated with the doer is the
counterpart: jointacts._co_agent), while "a joint operation against Z" stays the attack.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import of_type

PUBLISHED = dt.date(2019, 11, 5)


def _pairs(text: str, kind: str) -> set[frozenset[str]]:
    return {frozenset((e.source_actor, e.target_actor)) for e in of_type(text, kind, PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("The mayor said the win had been a joint effort by the YPG and the U.S.-led coalition.", "US_COALITION", "YPG"),
        ("Retaking the refinery was a joint effort by the Iraqi army and the Peshmerga.", "IRQ_MIL", "PESHMERGA"),
        ("Russia and Turkey carried out a joint patrol east of the Euphrates on Tuesday.", "RUS", "TUR"),
        ("The Iraqi army and the Peshmerga held joint exercises outside Erbil.", "IRQ_MIL", "PESHMERGA"),
    ],
)
def test_acting_together_is_cooperation_between_the_two(text: str, a: str, b: str) -> None:
    assert frozenset((a, b)) in _pairs(text, "COOPERATE")


def test_a_joint_operation_against_a_side_stays_the_attack() -> None:
    text = "Turkish forces and the SNA began a joint operation against the SDF near Ras al-Ain."
    assert not of_type(text, "COOPERATE", PUBLISHED)
    assert of_type(text, "ASSAULT", PUBLISHED)
