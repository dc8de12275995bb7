"""An accusation of an attack sets the accused against the accuser
(extract/accusedattacks.py): "Ukraine was accused by Russia of shelling the town" ties
Ukraine and Russia, attributed to the accuser, though the deed names no armed target. A
judgement ("condemned the attack") names no victim and ties no one. Sentences written
for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest


def _fights(found: set[tuple[str, str, str, str]]) -> set[tuple[frozenset[str], str]]:
    return {(frozenset((a, b)), c) for kind, a, b, c in found if kind == "fights"}


@pytest.mark.parametrize(
    ("text", "published", "sides"),
    [
        (
            "Ukraine was accused by Russia of shelling the town of Enerhodar on Sunday.",
            dt.date(2022, 8, 20),
            ("UKR", "RUS"),
        ),
        (
            "The Sudanese army accused the RSF of attacking a market in Omdurman.",
            dt.date(2023, 6, 1),
            ("RSF_SDN", "SDN_SAF"),
        ),
        (
            "Israel blamed Hezbollah for a rocket attack on a farm near the border.",
            dt.date(2023, 11, 2),
            ("HEZBOLLAH", "ISR"),
        ),
    ],
)
def test_the_accused_of_an_attack_fights_the_accuser(
    text: str, published: dt.date, sides: tuple[str, str], relations_found: Any
) -> None:
    assert (frozenset(sides), "attributed") in _fights(relations_found(text, published))


def test_a_condemnation_names_no_victim(relations_found: Any) -> None:
    text = "Turkey condemned the Islamic State attack on a market in Baghdad."
    found = _fights(relations_found(text, dt.date(2016, 7, 4)))
    assert not any(pair == frozenset(("TUR", "ISIS")) for pair, _c in found)


def test_a_statesmans_blame_names_no_victim(relations_found: Any) -> None:
    text = "President Joe Biden blamed Hamas for the rocket attack on a hospital in Gaza."
    found = _fights(relations_found(text, dt.date(2023, 10, 20)))
    assert not any(pair == frozenset(("USA", "HAMAS")) for pair, _c in found)


@pytest.mark.parametrize(
    "text",
    [
        "Turkey accused Israel of bombing a hospital in Gaza on Tuesday.",
        "Iran accused Saudi Arabia of shelling a market in Sanaa, Yemen.",
    ],
)
def test_a_third_states_charge_about_a_war_elsewhere_makes_it_no_combatant(
    text: str, relations_found: Any
) -> None:
    assert not _fights(relations_found(text, dt.date(2024, 2, 6)))
