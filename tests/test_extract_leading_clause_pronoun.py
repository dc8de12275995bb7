"""A subject pronoun stands for the named subject of the adverbial clause that opens its
sentence: "While the Houthis held the port, they shelled ..." (extract/anaphora.py
``leading_clause_subject``, read by extract/arguments.py). Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extracted import of_type

PUBLISHED = dt.date(2017, 4, 2)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("While the Houthis held the port, they shelled three villages to the south.", "HOUTHIS"),
        ("Although Hezbollah denied any role, it shelled the border villages on Monday.", "HEZBOLLAH"),
        ("While ISIL kept its grip on the old city, they seized two more hills to the west.", "ISIS"),
        ("After Syrian troops were ambushed near the dam, they shelled the nearby hamlet.", "SYR_MIL"),
    ],
)
def test_the_pronoun_is_the_subject_of_the_opening_clause(text: str, doer: str) -> None:
    found = of_type(text, "ASSAULT", PUBLISHED)
    assert any(e.source_actor == doer for e in found), [(e.trigger, e.source_actor) for e in found]


def test_an_opening_clause_naming_two_sides_leaves_the_pronoun_open() -> None:
    text = "After the army shelled the rebels near the hill, they withdrew to the valley."
    retreats = of_type(text, "RETREAT", PUBLISHED)
    assert retreats and all(e.source_actor == "" for e in retreats), retreats
