"""A side named only as the doer of a clause set beside a deed ("with X -ing") that tells
no loss of its own acts apart from the deed and is not guessed as its loser: "the army
captured T, with the SDF making gains further east" ties no fight between the army and the
SDF; "with X retreating" still names the loser (extract/filledends.py
``_named_only_gaining_beside``; relations.yaml ``yielding_verbs``). Sentences written for
these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2017, 3, 1)


@pytest.mark.parametrize(
    ("text", "one", "other"),
    [
        ("The Syrian army captured two villages south of the town, with the SDF making gains further east.", "SYR_MIL", "SDF"),
        ("Turkish troops took the hill on Friday, with the SDF advancing on the dam to the south.", "TUR_MIL", "SDF"),
        ("Iraqi troops seized the airport, with the Peshmerga pushing into the villages to the north.", "IRQ_MIL", "PESHMERGA"),
    ],
)
def test_a_side_gaining_beside_the_deed_is_no_loser(text: str, one: str, other: str, relations_found: Any) -> None:
    found = {r[:3] for r in relations_found(text, PUBLISHED)}
    assert ("fights", one, other) not in found and ("fights", other, one) not in found


def test_a_side_retreating_beside_the_deed_is_the_loser(relations_found: Any) -> None:
    text = "Rebels seized two villages on Monday, with Hezbollah fighters retreating toward the border."
    assert ("fights", "GEN_REBELS", "HEZBOLLAH") in {r[:3] for r in relations_found(text, PUBLISHED)}
