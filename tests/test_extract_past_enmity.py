"""An enmity a noun says is over ("its former enemy, the army", "a onetime foe of Y") is no
fight at the article's date (extract/tieguards.py); a past deed of war still is one, and an
"old" enemy is still an enemy. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 5, 1)


def _fights(text: str, relations_found: Any) -> set[frozenset[str]]:
    found = relations_found(text, PUBLISHED)
    return {frozenset((s, t)) for k, s, t, _ in found if k == "fights"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The YPG's former enemy, the Syrian army, now guards Manbij.", {"YPG", "SYR_MIL"}),
        ("Hezbollah, a onetime foe of the Free Syrian Army, sent fighters to Qalamoun.", {"HEZBOLLAH", "FSA"}),
        ("The Houthis courted their erstwhile adversary, the Saleh loyalists, in 2015.", {"HOUTHIS", "SALEH_LOYALISTS"}),
    ],
)
def test_an_enemy_that_was_is_no_fight(text: str, pair: set[str], relations_found: Any) -> None:
    assert frozenset(pair) not in _fights(text, relations_found)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Free Syrian Army once fought Hezbollah in Qusayr.", {"HEZBOLLAH", "FSA"}),
        ("The Syrian army, the YPG's old enemy, shelled Manbij villages held by the YPG.", {"YPG", "SYR_MIL"}),
    ],
)
def test_a_past_deed_or_an_old_enemy_is_a_fight(text: str, pair: set[str], relations_found: Any) -> None:
    assert frozenset(pair) in _fights(text, relations_found)
