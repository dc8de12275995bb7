""" "X fought the militants to retake T": the infinitive after the object of an act against an
enemy tells X's aim, so X is its doer (the lexicon's ``enemy_object_verbs``); the object of
"ordered", "trained" still does what it was told or trained to do. Sentences written for
this test."""

from __future__ import annotations

import pytest
from extracted import extract

# (sentence, trigger of the aim, its doer, the enemy)
AIMS = [
    ("Iraqi army soldiers fought militants to retake the town of Baiji.", "retake", "IRQ_MIL", "GEN_MILITANTS"),
    (
        "Syrian troops battled the rebels for weeks to recapture the town of Qusair.",
        "recapture",
        "SYR_MIL",
        "GEN_REBELS",
    ),
    (
        "Peshmerga fighters shelled Islamic State positions to retake the town of Zumar.",
        "retake",
        "PESHMERGA",
        "ISIS",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "doer", "enemy"), AIMS)
def test_the_fighter_not_its_enemy_does_the_aim(text: str, trigger: str, doer: str, enemy: str) -> None:
    aims = [e for e in extract(text).events if e.trigger == trigger]
    assert aims
    assert all(e.source_actor == doer for e in aims)
    assert all(e.source_actor != enemy for e in aims)


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("The general ordered the Iraqi troops to withdraw from the town.", "withdraw", "IRQ_MIL"),
        ("The coalition trained Iraqi soldiers to retake Mosul.", "retake", "IRQ_MIL"),
    ],
)
def test_the_one_ordered_or_trained_still_does_it(text: str, trigger: str, doer: str) -> None:
    assert [e.source_actor for e in extract(text).events if e.trigger == trigger] == [doer]
