"""A retreat under an enemy's pressure (extract/pressedretreats.py): "X withdrew amid an
advance by Y", "X pulled back under pressure from Y", "X fled as Y advanced" set Y
against X. A retreat under a deal or after talks presses no one. Sentences written for
these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest


def _fights(found: set[tuple[str, str, str, str]]) -> set[tuple[frozenset[str], str]]:
    return {(frozenset((a, b)), c) for kind, a, b, c in found if kind == "fights"}


@pytest.mark.parametrize(
    ("text", "published", "sides", "certainty"),
    [
        (
            (
                "Kurdish forces pulled back from Ras al-Ain under heavy pressure from "
                "Turkish-backed rebels."
            ),
            dt.date(2019, 10, 20),
            ("SNA", "YPG"),
            "asserted",
        ),
        (
            "Russian troops fled the village of Balakliia as Ukrainian forces advanced.",
            dt.date(2022, 9, 10),
            ("UKR_MIL", "RUS_MIL"),
            "asserted",
        ),
        (
            (
                "The Syrian troops withdrew amid an advance by the Turkey-backed fighters, the "
                "monitor said."
            ),
            dt.date(2019, 11, 23),
            ("SNA", "SYR_MIL"),
            "attributed",
        ),
        (
            (
                "Somali soldiers abandoned their base after an attack by al-Shabaab militants, "
                "officials said."
            ),
            dt.date(2022, 10, 20),
            ("AL_SHABAAB", "SOM_MIL"),
            "attributed",
        ),
    ],
)
def test_the_side_that_pressed_a_retreat_fights_the_side_that_left(
    text: str, published: dt.date, sides: tuple[str, str], certainty: str, relations_found: Any
) -> None:
    assert (frozenset(sides), certainty) in _fights(relations_found(text, published))


@pytest.mark.parametrize(
    "text",
    [
        "Syrian troops withdrew from the town after talks with the Syrian Democratic Forces.",
        (
            "Syrian troops withdrew from the town under an agreement with the Syrian Democratic "
            "Forces."
        ),
    ],
)
def test_a_retreat_under_a_deal_presses_no_one(text: str, relations_found: Any) -> None:
    found = _fights(relations_found(text, dt.date(2019, 11, 23)))
    assert not any("SDF" in pair for pair, _certainty in found)


@pytest.mark.parametrize(
    "text",
    [
        "Syrian troops withdrew from the town under pressure from Russia.",
        "Russian troops withdrew from the airport as Turkey closed its airspace.",
    ],
)
def test_a_friend_or_a_closed_border_presses_no_fight(text: str, relations_found: Any) -> None:
    assert not _fights(relations_found(text, dt.date(2019, 10, 20)))
