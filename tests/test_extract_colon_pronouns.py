"""A subject pronoun after a colon stands for the subject of the statement before it.

"Israel is at war on two fronts: it is fighting Hamas" (extract/crossrefs.py
``_described_before_colon``): the pronoun opens a clause that says more of the one subject
of a clause of "be". After a verb of saying ("the army said: they attacked us") the words
are another's, and their "they" may be the speaker's enemy: no reading there.
Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2024, 3, 5)


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("Israel is at war on two fronts: it has been fighting Hamas.", ("ISR", "HAMAS")),
        ("The Houthis are at war: they attacked Saudi positions near Najran.", ("HOUTHIS", "SAU")),
        ("Hezbollah is now a regional force; it is fighting rebels in Syria.", ("HEZBOLLAH", "GEN_REBELS")),
    ],
)
def test_the_pronoun_after_a_colon_is_the_subject_before(
    relations_found: Any, text: str, tie: tuple[str, str]
) -> None:
    ties = relations_found(text, PUBLISHED)
    assert ("fights", *tie, "asserted") in ties, ties


def test_no_side_fights_a_side_it_is_listed_with(relations_found: Any) -> None:
    text = "Israel is at war on two fronts: it has been fighting Hamas in Gaza and Hezbollah in Lebanon."
    ties = relations_found(text, PUBLISHED)
    assert ("fights", "HEZBOLLAH", "HAMAS", "asserted") not in ties, ties


def test_after_a_verb_of_saying_the_pronoun_is_not_the_speaker(relations_found: Any) -> None:
    ties = relations_found("The Yemeni army said: they attacked our positions near Najran.", PUBLISHED)
    assert not any(k == "fights" and s.startswith("YEM") for k, s, _t, _c in ties), ties
