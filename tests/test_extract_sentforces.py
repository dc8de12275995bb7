"""A force sent against an enemy (extract/sentforces.py; sentences written for these tests):
the named force fights the enemy and is backed by its sender, who fights the enemy too;
a class of fighters sent is backed by no one, and a sending of goods, envoys or one's own
army ties no backing."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

_DAY = dt.date(2017, 6, 12)


def _ties(relations_found: Any, text: str) -> set[tuple[str, str, str]]:
    return {(k, s, t) for k, s, t, _c in relations_found(text, _DAY)}


@pytest.mark.parametrize(
    ("text", "backer", "force", "enemy"),
    [
        (
            ("Tehran is sending Hezbollah units, drilled in Iran and paid by its treasury, "
            "against the Islamic State near Palmyra."),
            "IRN", "HEZBOLLAH", "ISIS",
        ),
        (
            "Moscow has thrown the Tiger Forces against Ahrar al-Sham in the hills west of Hama.",
            "RUS", "TIGER_FORCES", "AHRAR_AL_SHAM",
        ),
        (
            ("Last month Ankara dispatched the Free Syrian Army to fight the Kurdish People's "
            "Protection Units near Manbij."),
            "TUR", "FSA", "YPG",
        ),
        (
            ("Iran deployed Hezbollah against Jabhat al-Nusra along the Lebanese border, "
            "officials said."),
            "IRN", "HEZBOLLAH", "JABHAT_AL_NUSRA",
        ),
    ],
)  # fmt: skip
def test_a_force_sent_against_an_enemy_fights_it_and_is_backed(
    relations_found: Any, text: str, backer: str, force: str, enemy: str
) -> None:
    ties = _ties(relations_found, text)
    assert ("backs", backer, force) in ties
    assert ("fights", force, enemy) in ties
    assert ("fights", backer, enemy) in ties


@pytest.mark.parametrize(
    "text",
    [
        # a force sent to no enemy: moved for rest, or envoys rather than a force
        "Moscow sent the Tiger Forces back to the coast for a month of rest and refitting.",
        "Tehran sent diplomats to talk with Hezbollah about the Islamic State.",
    ],
)
def test_a_force_sent_to_no_enemy_ties_nothing(relations_found: Any, text: str) -> None:
    assert not {t for t in _ties(relations_found, text) if t[0] in ("backs", "fights")}


def test_a_state_sending_its_own_army_backs_no_one(relations_found: Any) -> None:
    ties = _ties(relations_found, "Iraq sent the Iraqi Army against the Islamic State in Anbar.")
    assert ("fights", "IRQ", "ISIS") in ties
    assert not {t for t in ties if t[0] == "backs"}
