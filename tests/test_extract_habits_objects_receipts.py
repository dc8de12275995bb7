"""Ties that commentary states without one dated deed (extract/article.py,
extract/relcues.py, extract/supportcues.py, extract/takingcues.py): a hostile deed told as
a habit is no event but still a fight ("Turkish jets regularly strike the PKK"); every
listed object of a backing verb is backed ("Iran arms the Houthis and Hezbollah"); arms or
money taken or drawn "from" a side are its backing, not a capture from an enemy.
Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2017, 11, 15)


def _ties(text: str, relations_found: Any) -> set[tuple[str, str, str]]:
    return {(k, s, t) for k, s, t, certainty in relations_found(text, PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("Turkish jets regularly strike the PKK in the Qandil mountains.", ("TUR_AIRFORCE", "PKK")),
        ("Russian aircraft routinely bomb Jabhat al-Nusra positions in Idlib.", ("RUS_AIRFORCE", "JABHAT_AL_NUSRA")),
        ("Al-Shabaab fighters frequently attack African Union bases in Somalia.", ("AL_SHABAAB", "AU")),
    ],
)
def test_a_habitual_attack_is_a_fight_but_no_event(
    text: str, tie: tuple[str, str], relations_found: Any
) -> None:
    from frontwatch.pipeline import process_texts

    assert ("fights", *tie) in _ties(text, relations_found)
    result = process_texts([text], dates=[PUBLISHED])[0]
    assert not [e for e in result.events if e.type == "ASSAULT"], result.events


@pytest.mark.parametrize(
    ("text", "backer", "backed"),
    [
        ("Iran arms the Houthis and Hezbollah with missiles and drones.", "IRN", {"HOUTHIS", "HEZBOLLAH"}),
        ("Russia backs the Syrian army and the Wagner Group in the east.", "RUS", {"SYR_MIL", "WAGNER"}),
        ("Washington has armed the Iraqi army and the Peshmerga since 2014.", "USA", {"IRQ_MIL", "PESHMERGA"}),
    ],
)
def test_each_listed_object_of_a_backing_verb_is_backed(
    text: str, backer: str, backed: set[str], relations_found: Any
) -> None:
    found = _ties(text, relations_found)
    assert {("backs", backer, b) for b in backed} <= found, found


@pytest.mark.parametrize(
    ("text", "giver", "taker"),
    [
        ("The Houthis take weapons and training from Iran.", "IRN", "HOUTHIS"),
        ("Kataib Hezbollah takes money and rockets from the Revolutionary Guards.", "IRGC", "KATAIB_HEZBOLLAH"),
        ("Hezbollah draws funds and arms from Tehran.", "IRN", "HEZBOLLAH"),
    ],
)
def test_arms_taken_from_a_side_are_its_backing_not_a_capture(
    text: str, giver: str, taker: str, relations_found: Any
) -> None:
    found = _ties(text, relations_found)
    assert ("backs", giver, taker) in found
    assert not any(k == "fights" for k, _, _ in found), found
