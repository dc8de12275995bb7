"""A column or convoy "of" several sides that does a hostile deed is one force with no joint
modifier: its sides are allies and each fights the side the deed is done to (relations.yaml
``mixed_force_nouns``; extract/jointforces.py). A column of people who are no sides, or one
a deed is done to, ties no one. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

SYRIA_2018 = dt.date(2018, 3, 1)


def _ties(text: str, relations_found: Any) -> set[tuple[str, frozenset[str]]]:
    return {(k, frozenset((s, t))) for k, s, t, _c in relations_found(text, SYRIA_2018)}


@pytest.mark.parametrize(
    ("text", "sides", "enemy"),
    [
        (
            "A column of Syrian troops and Wagner contractors attacked a base held by the Syrian Democratic Forces.",
            ("SYR_MIL", "WAGNER"),
            "SDF",
        ),
        (
            "A column of Hezbollah fighters and Syrian soldiers stormed the rebel-held town of Qusayr.",
            ("HEZBOLLAH", "SYR_MIL"),
            "GEN_REBELS",
        ),
        (
            "A convoy of Kataib Hezbollah fighters and Syrian soldiers ambushed Islamic State fighters near Albu Kamal.",
            ("SYR_MIL", "KATAIB_HEZBOLLAH"),
            "ISIS",
        ),
    ],
)
def test_the_sides_of_one_column_are_allies_against_its_target(
    text: str, sides: tuple[str, str], enemy: str, relations_found: Any
) -> None:
    ties = _ties(text, relations_found)
    assert ("allied", frozenset(sides)) in ties
    assert {("fights", frozenset((side, enemy))) for side in sides} <= ties


@pytest.mark.parametrize(
    "text",
    [
        "A column of displaced civilians and aid workers reached the border.",
        "A convoy of Turkish troops and Syrian rebels was attacked by the YPG near Manbij.",
    ],
)
def test_no_alliance_from_a_column_of_civilians_or_one_attacked(text: str, relations_found: Any) -> None:
    assert not {t for t in _ties(text, relations_found) if t[0] == "allied"}
