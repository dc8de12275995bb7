"""The author of acts counted by a quantity word is told by a relative clause on that word
("the series of raids that X carried out", "the string of bombings that X carried out"), or
by one the parser calls a participle clause though "that" opens it ("the wave of attacks
that X carried out") (extract/clausedoers.py); a clause telling what the acts did ("the
string of bombings that shook T") names no author. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2017, 10, 9)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("France condemned the wave of attacks that the Islamic State carried out in Paris this week.", "ISIS"),
        ("Kenya condemned the series of raids that al-Shabaab militants carried out near Lamu last month.", "AL_SHABAAB"),
        ("Officials described the string of bombings that the Taliban carried out in Kabul on Sunday.", "TALIBAN"),
    ],
)
def test_relative_clause_on_the_quantity_names_the_author(events_found: Any, text: str, doer: str) -> None:
    found = [e.source_actor for e in events_found(text, PUBLISHED) if e.type == "ASSAULT"]
    assert found == [doer]


def test_a_clause_of_what_the_acts_did_names_no_author(events_found: Any) -> None:
    text = "Officials described the string of bombings that shook Kabul on Sunday."
    found = [e.source_actor for e in events_found(text, PUBLISHED) if e.type == "ASSAULT"]
    assert found == [""]
