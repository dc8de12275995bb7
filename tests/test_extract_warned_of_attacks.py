"""Whom a warning of an attack threatens (extract/addressee.py, ``act_preps`` in events.yaml):
"X warned of an imminent attack on Y" threatens Y, the target of the act warned of, when no
one else is named as that act's doer. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import extract

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


@pytest.mark.parametrize(
    ("text", "not_target"),
    [
        # no doer named and no armed side as the target: the speaker fears for the victims,
        #   it does not threaten them
        ("The Iraqi interior ministry warned of possible attacks on Shiite pilgrims in Karbala.", "GEN_SHIA"),
        ("The Egyptian government warned of an imminent attack on Christian churches in Minya.", "GEN_CHRISTIANS"),
        ("The Lebanese army warned of new bombings against Shiite neighbourhoods in Beirut.", "GEN_SHIA"),
        # ... nor its own forces
        ("The Iraqi government warned of new attacks on Iraqi troops in Anbar.", "IRQ_MIL"),
    ],
)
def test_a_warning_of_attacks_on_victims_or_ones_own_threatens_no_one(
    text: str, not_target: str, threatened_in: Any
) -> None:
    assert not_target not in threatened_in(text)


def test_a_warning_of_attacks_on_victims_is_no_criticism() -> None:
    found = extract("The Syrian government warned of an imminent attack on Christian villages near Hama.")
    assert not [r for r in found.relations if r.kind == "criticizes" and r.target_actor == "GEN_CHRISTIANS"]
