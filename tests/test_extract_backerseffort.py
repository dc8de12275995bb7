"""A backer's help told as part of its own fight (extract/fightcues.py; sentences written
for these tests): "X arms Y as part of its campaign against Z" ties X to Z as well as to
Y; help "in their campaign" or "for its fight" is the backed side's fight, not the
backer's."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

_DAY = dt.date(2017, 6, 12)


def _ties(relations_found: Any, text: str) -> set[tuple[str, str, str]]:
    return {(k, s, t) for k, s, t, _c in relations_found(text, _DAY)}


@pytest.mark.parametrize(
    ("text", "backer", "backed", "enemy"),
    [
        (
            ("Washington, which arms the YPG as the core of its war against the Islamic State, "
            "said nothing about the border."),
            "USA", "YPG", "ISIS",
        ),
        (
            ("Russia trains Syrian troops as part of its fight against Jabhat al-Nusra, a "
            "ministry spokesman said."),
            "RUS", "SYR_MIL", "JABHAT_AL_NUSRA",
        ),
        (
            ("Iran funds Hezbollah as one pillar of its campaign against the Islamic State in "
            "the region."),
            "IRN", "HEZBOLLAH", "ISIS",
        ),
    ],
)  # fmt: skip
def test_help_given_as_part_of_the_backers_own_fight(
    relations_found: Any, text: str, backer: str, backed: str, enemy: str
) -> None:
    ties = _ties(relations_found, text)
    assert ("backs", backer, backed) in ties
    assert ("fights", backer, enemy) in ties


@pytest.mark.parametrize(
    ("text", "backer"),
    [
        ("Saudi Arabia funds Jaish al-Islam for their war against the Islamic State.", "SAU"),
        ("Turkey arms the Free Syrian Army for their fight against the Islamic State.", "TUR"),
    ],
)
def test_help_for_the_backed_sides_fight_is_not_the_backers(
    relations_found: Any, text: str, backer: str
) -> None:
    ties = _ties(relations_found, text)
    assert any(t[0] == "backs" and t[1] == backer for t in ties)
    assert not {t for t in ties if t[0] == "fights" and t[1] == backer}
