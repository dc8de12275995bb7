"""Fighting "for" a side or "on behalf of" it is taking its side (extract/sidetaking.py):
the two are allies and the side is no target of the fighting; fighting "for" a place is
fighting over it. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2020, 9, 1)


def _ties(text: str, relations_found: Any) -> set[tuple[str, str, str]]:
    return {(k, s, t) for k, s, t, certainty in relations_found(text, PUBLISHED)}


def _pair(kind: str, a: str, b: str, found: set[tuple[str, str, str]]) -> bool:
    return (kind, a, b) in found or (kind, b, a) in found


@pytest.mark.parametrize(
    ("text", "fighter", "side"),
    [
        ("Wagner Group mercenaries fought for Haftar's forces south of Tripoli.", "WAGNER", "LNA"),
        ("Hezbollah fought for the Syrian government in Qusair in 2013.", "HEZBOLLAH", "SYR_GOV"),
        ("The Wagner Group fought on behalf of the Libyan National Army near Sirte.", "WAGNER", "LNA"),
        ("Hezbollah has fought on behalf of Bashar al-Assad since 2013.", "HEZBOLLAH", "SYR"),
    ],
)
def test_fighting_for_a_side_is_an_alliance_never_a_fight(
    text: str, fighter: str, side: str, relations_found: Any
) -> None:
    found = _ties(text, relations_found)
    assert _pair("allied", fighter, side, found), found
    assert not _pair("fights", fighter, side, found), found


def test_fighting_for_a_town_takes_no_side(relations_found: Any) -> None:
    found = _ties("The YPG fought for Kobani for four months in 2014.", relations_found)
    assert not any(k == "allied" for k, _, _ in found), found
