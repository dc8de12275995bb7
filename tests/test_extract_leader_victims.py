"""A strike on a side's commander is a strike on that side (extract/leadervictims.py):
"a US airstrike killed the commander of an Iran-backed militia" ties the striker to the
militia, as does a named victim in apposition to a leader noun ("killed General X, the
head of the Quds Force"). A group's deed on its own leader ties it to no one. Sentences
written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest


def _fights(found: set[tuple[str, str, str, str]]) -> set[tuple[str, str, str]]:
    return {(a, b, c) for kind, a, b, c in found if kind == "fights"}


@pytest.mark.parametrize(
    ("text", "published", "tie"),
    [
        (
            "A US airstrike in Iraq killed the commander of an Iran-backed militia on Thursday.",
            dt.date(2020, 1, 3),
            ("USA_AIRFORCE", "PMF", "asserted"),
        ),
        (
            "An Israeli strike in Damascus killed two commanders of Iran's Revolutionary Guards.",
            dt.date(2024, 2, 8),
            ("ISR_MIL", "IRGC", "asserted"),
        ),
        (
            (
                "The United States killed Gen. Qassem Soleimani, the commander of the "
                "Quds Force, in a drone strike near Baghdad airport on Friday."
            ),
            dt.date(2020, 1, 3),
            ("USA_AIRFORCE", "QUDS_FORCE", "asserted"),  # "in a drone strike": its air arm
        ),
    ],
)
def test_a_strike_on_a_sides_leader_fights_that_side(
    text: str, published: dt.date, tie: tuple[str, str, str], relations_found: Any
) -> None:
    assert tie in _fights(relations_found(text, published))


def test_a_deed_on_its_own_leader_ties_no_one(relations_found: Any) -> None:
    text = "Islamic State militants executed a commander of the Islamic State in Raqqa."
    found = _fights(relations_found(text, dt.date(2016, 5, 1)))
    assert not any("ISIS" in (a, b) for a, b, _c in found)
