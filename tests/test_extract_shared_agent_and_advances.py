"""Two constructions of commentary prose (extract/relcues.py, extract/fightcues.py):
coordinated participles share their "by" agent ("rebels armed and paid by Turkey": Turkey
backs them, though the parser hangs "by Turkey" on "paid"); a force moving "against" a side
fights it ("pushing east against the Islamic State", relations.yaml `advancing_verbs`), also
when the parser hangs "against" on the path ("along the border against Y"). Sentences
written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 5, 1)


def _ties(text: str, relations_found: Any) -> set[tuple[str, str, str]]:
    return {(k, s, t) for k, s, t, certainty in relations_found(text, PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "backer"),
    [
        ("Rebel brigades armed and paid by Turkey held the crossing for a week.", "TUR"),
        ("Insurgents trained and equipped by Qatar entered the village at dawn.", "QAT"),
        ("Militiamen recruited, armed and funded by Iran guarded the road to the airport.", "IRN"),
    ],
)
def test_coordinated_participles_share_the_backer(
    text: str, backer: str, relations_found: Any
) -> None:
    found = _ties(text, relations_found)
    assert any(k == "backs" and s == backer for k, s, _ in found), found


@pytest.mark.parametrize(
    ("text", "fighter"),
    [
        ("Rebel brigades are pushing east along the border against the Islamic State.", "GEN_REBELS"),
        ("Kurdish fighters pressed south against IS positions near Raqqa.", "YPG"),
        ("The Iraqi army moved against the militants of the Islamic State in the old city.", "IRQ_MIL"),
        ("Syrian rebels are advancing against the Islamic State near the border.", "GEN_REBELS"),
    ],
)
def test_a_force_moving_against_a_side_fights_it(
    text: str, fighter: str, relations_found: Any
) -> None:
    assert ("fights", fighter, "ISIS") in _ties(text, relations_found)


def test_moving_a_force_is_no_fight_with_it(relations_found: Any) -> None:
    found = _ties("The army moved the Kurdish fighters to the front near Raqqa.", relations_found)
    assert not any(k == "fights" for k, _, _ in found), found
