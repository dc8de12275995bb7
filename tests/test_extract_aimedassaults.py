"""The aim of an armed operation (extract/aimedassaults.py; sentences written for these
tests): whoever carries the operation out fights the side it is aimed at; a campaign of
words or money aimed at a side is no fight."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

_DAY = dt.date(2017, 6, 12)


def _ties(relations_found: Any, text: str) -> set[tuple[str, str, str]]:
    return {(k, s, t) for k, s, t, _c in relations_found(text, _DAY)}


@pytest.mark.parametrize(
    ("text", "doer", "enemy"),
    [
        (
            ("Turkey began an operation on Sunday aimed at the Kurdish People's Protection "
            "Units east of the river."),
            "TUR", "YPG",
        ),
        (
            "Hezbollah joined an assault directed chiefly at Ahrar al-Sham in the hills.",
            "HEZBOLLAH", "AHRAR_AL_SHAM",
        ),
        (
            ("The Iraqi offensive, which started in the autumn, is directed at the Islamic "
            "State and its last towns."),
            "IRQ", "ISIS",
        ),
        (
            ("The Russian air campaign is led by bombers from Hmeimim and is aimed mostly at "
            "Jabhat al-Nusra."),
            "RUS_AIRFORCE", "JABHAT_AL_NUSRA",
        ),
    ],
)  # fmt: skip
def test_the_doer_of_an_operation_fights_its_aim(
    relations_found: Any, text: str, doer: str, enemy: str
) -> None:
    assert ("fights", doer, enemy) in _ties(relations_found, text)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("The new American sanctions are aimed at Hezbollah and its bankers.", "HEZBOLLAH"),
        (
            "A Turkish media campaign directed at the Kurdish People's Protection Units began.",
            "YPG",
        ),
    ],
)
def test_a_campaign_of_words_or_money_is_no_fight(
    relations_found: Any, text: str, side: str
) -> None:
    assert not {t for t in _ties(relations_found, text) if t[0] == "fights" and t[2] == side}
