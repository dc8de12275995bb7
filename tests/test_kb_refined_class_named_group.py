"""A class the KB refines to one group in copy about a state ("US-backed fighters" in Syria:
the SDF) is the group its own "of" phrase names when it names one (kb/actors/phraselinks.py).
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

SUMMER_2017 = dt.date(2017, 6, 1)


def _ties(relations_found: Any, text: str) -> set[tuple[str, str, str]]:
    return {(k, s, t) for k, s, t, _c in relations_found(text, SUMMER_2017)}


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("US-backed fighters of the Revolutionary Commando Army repelled an attack near al-Tanf in Syria.", "MAGHAWIR_AL_THAWRA"),
        ("US-backed fighters of the Free Syrian Army clashed with Islamic State militants near Deir ez-Zor in Syria.", "FSA"),
        ("In Syria, US-backed fighters of the Revolutionary Commando Army shelled Islamic State positions.", "MAGHAWIR_AL_THAWRA"),
    ],
)  # fmt: skip
def test_a_refined_class_with_a_named_group_is_that_group(
    relations_found: Any, text: str, group: str
) -> None:
    ties = _ties(relations_found, text)
    assert ("backs", "USA", group) in ties
    assert not any("SDF" in (s, t) for _k, s, t in ties)


def test_a_refined_class_alone_keeps_its_refinement(relations_found: Any) -> None:
    ties = _ties(relations_found, "US-backed fighters attacked Islamic State positions near Raqqa in Syria.")
    assert ("backs", "USA", "SDF") in ties
