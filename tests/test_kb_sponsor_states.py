"""A state named as the giver of aid ("backed by Iran", "with air support from Russia",
"rebels funded by Qatar") or as someone's ally ("its Russian allies") is a sponsor, not the
state whose "army" or "government forces" the copy means: with no other state named, those
are the state the article's places lie in (kb/actors/phraselinks.py `_names_a_sponsor`,
antecedents.py). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

SPRING_2016 = dt.date(2016, 5, 1)


def _mentions(text: str) -> dict[str, str]:
    from frontwatch.pipeline import process_texts

    result = process_texts([text], dates=[SPRING_2016])[0]
    return {m.text: m.actor_id for m in result.mentions if m.actor_id}


@pytest.mark.parametrize(
    ("text", "phrase", "meant"),
    [
        ("The army retook Palmyra with air support from Russia.", "The army", "SYR_MIL"),
        ("Backed by Russian jets and Iranian advisers, the army advanced on Palmyra.", "the army", "SYR_MIL"),
    ],
)  # fmt: skip
def test_a_sponsor_is_not_the_home_state(text: str, phrase: str, meant: str) -> None:
    assert _mentions(text)[phrase] == meant


@pytest.mark.parametrize(
    ("text", "phrase", "meant"),
    [
        ("Government forces and their Iranian backers shelled Daraya.", "Government forces", "SYR_MIL"),
        ("The army and its Russian allies attacked rebel positions near Hama.", "The army", "SYR_MIL"),
        ("Government troops and their Iranian partners pushed towards Ramadi.", "Government troops", "IRQ_MIL"),
    ],
)  # fmt: skip
def test_a_state_named_as_an_ally_is_not_the_home_state(text: str, phrase: str, meant: str) -> None:
    """ "its Russian allies": Russia is someone else's ally, so not the state of "the army"."""
    assert _mentions(text)[phrase] == meant


def test_a_state_named_as_a_doer_still_decides(relations_found: Any) -> None:
    """A state that acts (not one that gives aid) is still the one whose army is meant."""
    found = _mentions("Russia said the army had retaken the airport.")
    assert found["the army"] == "RUS_MIL"
