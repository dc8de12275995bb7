"""A side that acts to stop another side's movement fights it (extract/blocking.py).

"Iraqi troops sealed the border to prevent the escape of IS fighters": the aim of the
deed names the side kept back. A state of things that stops a side ("heavy rain
prevented the rebels from advancing") or an aim that keeps no one from moving ("to
prevent civilians from being harmed") names no enemy. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2018, 9, 12)


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            "Iraqi troops reinforced the frontier to stop Islamic State fighters from fleeing into Iraq.",
            ("IRQ_MIL", "ISIS"),
        ),
        (
            "Iraqi troops have sealed the border to prevent the escape of Islamic State militants from Syria.",
            ("IRQ_MIL", "ISIS"),
        ),
        (
            "Iraqi troops are guarding the border in order to block Islamic State remnants from crossing.",
            ("IRQ_MIL", "ISIS"),
        ),
        (
            "Turkish soldiers patrolled the frontier near Kilis to thwart the infiltration of Islamic State cells.",
            ("TUR_MIL", "ISIS"),
        ),
    ],
)
def test_stopping_a_sides_movement_fights_it(
    relations_found: Any, text: str, tie: tuple[str, str]
) -> None:
    ties = relations_found(text, PUBLISHED)
    assert any(k == "fights" and (s, t) == tie for k, s, t, _c in ties), ties


@pytest.mark.parametrize(
    "text",
    [
        "Heavy rain prevented Islamic State fighters from fleeing the town, witnesses said.",
        "Iraqi troops evacuated the village to prevent civilians from being harmed in the fighting.",
        "Iraqi troops closed the road to stop the flow of refugees into Kurdistan.",
    ],
)
def test_no_enemy_without_a_deed_aimed_at_a_sides_movement(relations_found: Any, text: str) -> None:
    ties = relations_found(text, PUBLISHED)
    assert not any(k == "fights" for k, _s, _t, _c in ties), ties


def test_the_doer_of_the_clause_a_gerund_is_part_of(relations_found: Any) -> None:
    text = (
        "Iraqi units are coordinating their efforts by guarding the frontier with Syria to "
        "prevent Islamic State fighters from escaping."
    )
    ties = relations_found(text, PUBLISHED)
    assert ("fights", "IRQ_MIL", "ISIS", "asserted") in ties, ties


def test_units_from_a_force_are_its_own(relations_found: Any) -> None:
    text = "Units from the Iraqi army are guarding the border to prevent Islamic State fighters from escaping."
    ties = relations_found(text, PUBLISHED)
    assert ("fights", "IRQ_MIL", "ISIS", "asserted") in ties, ties
