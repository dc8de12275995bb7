"""Whom a warning of an attack threatens (extract/addressee.py, ``act_preps`` in events.yaml):
"X warned of an imminent attack on Y" threatens Y, the target of the act warned of, when no
one else is named as that act's doer. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2018, 1, 15)


@pytest.fixture
def threatened_in(events_found: Any) -> Any:
    def threatened(text: str) -> set[str]:
        events = events_found(text, PUBLISHED)
        return {e.target_actor for e in events if e.type == "THREATEN"}

    return threatened


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Al-Shabaab warned of more attacks against African Union troops in Somalia.", "AMISOM"),
        ("The Taliban warned of new attacks on Afghan security forces after the talks collapsed.", "ANDSF"),
        ("Houthi leaders warned of fresh missile strikes on Saudi Arabia if the blockade continues.", "SAU"),
        ("Hezbollah's leader warned of rocket attacks on Israel if the strikes continue.", "ISR"),
    ],
)
def test_the_target_of_the_attack_warned_of_is_threatened(text: str, target: str, threatened_in: Any) -> None:
    assert target in threatened_in(text)


@pytest.mark.parametrize(
    ("text", "not_target"),
    [
        # the act warned of is another's: the speaker threatens no one with it
        ("Kurdish officials warned of a Turkish offensive against the YPG in Afrin.", "YPG"),
        ("Israeli officials warned of an Iranian attack on Israel within days.", "ISR"),
        # no act: the consequences of a party's conduct threaten no one
        ("The minister warned of the consequences of Iran's silence over the attacks.", "IRN"),
    ],
)
def test_a_warning_of_anothers_act_threatens_no_one(text: str, not_target: str, threatened_in: Any) -> None:
    assert not_target not in threatened_in(text)
