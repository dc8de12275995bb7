"""Two ids are one party only when they are one actor or organs of one (extract/armed.py
``one_party``): two classes of fighters ("GEN_REBELS", "GEN_JIHADISTS") never are, so a toll
of one class retells an attack by the other. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from frontwatch.extract.armed import one_party

PUBLISHED = dt.date(2018, 4, 1)


@pytest.mark.parametrize(
    ("x", "y", "one"),
    [
        ("SYR_AIRFORCE", "SYR_MIL", True),
        ("SYR_MIL", "SYR_MIL", True),
        ("GEN_REBELS", "GEN_REBELS", True),
        ("GEN_REBELS", "GEN_JIHADISTS", False),
        ("GEN_REBELS", "SYR_MIL", False),
        ("SYR_MIL", "", False),
    ],
)
def test_one_party_joins_organs_never_two_classes(actor_kb: Any, x: str, y: str, one: bool) -> None:
    assert one_party(x, y, actor_kb) is one


@pytest.mark.parametrize(
    "text",
    [
        "Jihadists attacked rebel positions near Idlib on Tuesday. Twelve rebels were killed in the fighting.",
        "Jihadist militants raided rebel checkpoints near Saraqeb overnight. Nine rebels were killed.",
        "Islamist gunmen stormed rebel posts near Jisr al-Shughur on Friday. Seven rebels were killed.",
    ],
)
def test_a_toll_of_one_class_retells_the_attack_of_another(events_found: Any, text: str) -> None:
    assaults = [e for e in events_found(text, PUBLISHED) if e.type == "ASSAULT"]
    assert len(assaults) == 1, assaults
    assert assaults[0].place_text and assaults[0].casualties.killed, assaults[0]
