"""A role noun apposed to a subject with a possessive pronoun ("Iran, its closest ally,
sent ..."): "its" is not the name the noun is apposed to, but the side a clause or sentence
before names (extract/rolenouns.py, pronoun_owner); only an armed side or a government owns
allies this way. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 2, 9)


def _allied(relations_found: Any, text: str) -> set[frozenset[str]]:
    return {frozenset((a, b)) for k, a, b, _c in relations_found(text, PUBLISHED) if k == "allied"}


@pytest.mark.parametrize(
    ("text", "owner", "ally"),
    [
        ("The Iraqi army advanced on Fallujah. The Badr Organisation, its ally in the battle, held the southern approaches.", "IRQ_MIL", "BADR"),
        ("The Syrian army pushed into Deraa province. Hezbollah, its ally since 2013, guarded the Lebanese border.", "SYR_MIL", "HEZBOLLAH"),
        ("Russia bombed the rebel-held town while Iran, its closest ally in the war, sent militiamen.", "RUS", "IRN"),
        ("Damascus shelled the suburbs, and Iran, its main ally, flew in more advisers.", "SYR", "IRN"),
    ],
)
def test_its_in_an_apposition_stands_for_the_side_before(relations_found, text, owner, ally):
    assert frozenset((owner, ally)) in _allied(relations_found, text)


def test_a_reporter_before_owns_no_allies(relations_found):
    text = "The Syrian Observatory for Human Rights counted 20 dead. Turkey, its ally, denied any role."
    assert not any("TUR" in pair and "SOHR" in pair for pair in _allied(relations_found, text))


def test_a_new_paragraph_names_its_sides_afresh(relations_found):
    text = "The Syrian army pushed into Deraa province.\n\nHezbollah, its ally since 2013, guarded the border."
    assert frozenset(("SYR_MIL", "HEZBOLLAH")) not in _allied(relations_found, text)
