"""Support given to an operation the same clause names (extract/supportcues.py): "an
offensive by Y, as well as support from X", "the push by Y succeeded with support from
X": X backs the operation's doer. Under a passive verb ("Y's attack was repelled with
support from X") the support went to whoever repelled it, so Y is not backed. Sentences
written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2017, 5, 4)


def _backs(found: set[tuple[str, str, str, str]]) -> set[tuple[str, str]]:
    return {
        (a, b) for kind, a, b, certainty in found if kind == "backs" and certainty == "asserted"
    }


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            (
                "Retaking the town required a long offensive by Iraqi forces, as well as heavy "
                "support from the US-led coalition."
            ),
            ("US_COALITION", "IRQ_MIL"),
        ),
        (
            (
                "The offensive by Kurdish fighters succeeded only with air support from the "
                "coalition."
            ),
            ("GEN_COALITION", "GEN_KURDISH_FORCES"),
        ),
        (
            (
                "The push by the SDF into Baghuz succeeded with heavy support from the US-led "
                "coalition."
            ),
            ("US_COALITION", "SDF"),
        ),
    ],
)
def test_support_from_a_giver_backs_the_doer_of_the_operation_beside_it(
    text: str, tie: tuple[str, str], relations_found: Any
) -> None:
    assert tie in _backs(relations_found(text, PUBLISHED))


def test_support_under_a_passive_verb_does_not_back_the_operations_doer(
    relations_found: Any,
) -> None:
    text = "The attack by Islamic State fighters was repelled with support from Russian jets."
    backed = {b for _a, b in _backs(relations_found(text, PUBLISHED))}
    assert "ISIS" not in backed


def test_support_called_for_under_another_noun_backs_no_one(relations_found) -> None:
    # review of h-relimp16: "calls for support" is the Kurds' call, not the coalition backing ISIS
    text = "The offensive by Islamic State militants prompted Kurdish calls for support from the coalition."
    found = relations_found(text, dt.date(2014, 10, 1))
    assert not [r for r in found if r[0] == "backs"], found
