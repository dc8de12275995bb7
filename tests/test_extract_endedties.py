"""Ties the sentence says are over are no ties at its date (extract/endedties.py).

Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2021, 3, 1)
STANDING = ("asserted", "attributed")


@pytest.mark.parametrize(
    ("text", "kind", "ends"),
    [
        (
            "President Biden ended US support for the Saudi-led coalition last month.",
            "backs",
            {"USA", "SAUDI_COALITION"},
        ),
        (
            "Turkey has suspended its support for the Syrian National Army, a spokesman said.",
            "backs",
            {"TUR", "SNA"},
        ),
        (
            "The ceasefire between the government and the rebels collapsed on Monday.",
            "cooperates",
            {"GEN_REBELS"},
        ),
        (
            (
                "An uneasy truce between the regime and Kurdish militias broke down this week, "
                "leading to heavy fighting."
            ),
            "cooperates",
            {"GEN_KURDISH_FORCES"},
        ),
    ],
)
def test_a_tie_the_sentence_says_ended_is_not_stored_as_standing(
    relations_found: Any, text: str, kind: str, ends: set[str]
) -> None:
    found = relations_found(text, PUBLISHED)
    assert not any(k == kind and ends <= {a, b} and c in STANDING for k, a, b, c in found), found


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (  # only threatened: the backing still stands
            "Washington vowed to cut its support for the Kurdish militia.",
            ("backs", "USA", "GEN_KURDISH_FORCES"),
        ),
        (  # another thing ended in the sentence
            "Russia supports the Syrian government, which has halted the offensive.",
            ("backs", "RUS", "SYR_GOV"),
        ),
        (  # ending a fight is no ending of the backing
            "Iran, which backs the Houthis, said the coalition must end its blockade of Yemen.",
            ("backs", "IRN", "HOUTHIS"),
        ),
        (  # a future ending: the backing stands until then
            "Ankara will end its support for the Syrian National Army next year, officials said.",
            ("backs", "TUR", "SNA"),
        ),
        (  # only possible
            "Moscow could halt its support for the Syrian government if the talks fail.",
            ("backs", "RUS", "SYR_GOV"),
        ),
        (  # only weighed
            "Tehran is considering ending its support for the Houthis, diplomats said.",
            ("backs", "IRN", "HOUTHIS"),
        ),
        (  # only possible, with another modal
            "Washington may suspend its backing of the Kurdish militia.",
            ("backs", "USA", "GEN_KURDISH_FORCES"),
        ),
    ],
)
def test_a_tie_whose_ending_is_planned_possible_or_of_something_else_stays(
    relations_found: Any, text: str, tie: tuple[str, str, str]
) -> None:
    kind, a, b = tie
    assert any((k, x, y) == (kind, a, b) for k, x, y, _c in relations_found(text, PUBLISHED))


def test_an_ending_told_by_a_speaker_still_ends_the_tie(relations_found: Any) -> None:
    text = "Ankara stopped its support for the Syrian National Army in May, a minister said."
    found = relations_found(text, PUBLISHED)
    assert not any(
        k == "backs" and (a, b) == ("TUR", "SNA") and c in STANDING for k, a, b, c in found
    ), found
