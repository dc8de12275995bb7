"""A side at the head of another's force, or sides at the forefront of an offensive together,
fight the enemy that force or offensive fights ("government forces, with Hezbollah fighters in
the vanguard, expelled the rebels": Hezbollah fights the rebels; extract/allyties.py, the
vanguard nouns of relations.yaml joining the co-agent deeds). Sentences written for these
tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2015, 5, 1)


@pytest.mark.parametrize(
    ("text", "ally", "enemy"),
    [
        ("Syrian troops, with Hezbollah fighters in the vanguard, drove the rebels out of the mountain villages.", "HEZBOLLAH", "GEN_REBELS"),
        ("Iraqi troops, with Kataib Hezbollah fighters in the vanguard, attacked Islamic State positions near the town.", "KATAIB_HEZBOLLAH", "ISIS"),
        ("Hezbollah and the Tiger Forces were at the forefront of the offensive against the rebels in Aleppo.", "TIGER_FORCES", "GEN_REBELS"),
    ],
)
def test_a_side_in_the_vanguard_fights_the_enemy(text: str, ally: str, enemy: str, relations_found: Any) -> None:
    assert ("fights", ally, enemy) in {r[:3] for r in relations_found(text, PUBLISHED)}


def test_a_lead_in_the_polls_fights_no_one(relations_found: Any) -> None:
    text = "Hezbollah and Amal were in the lead in the polls, while the army fought the rebels in Qusair."
    assert not {r for r in relations_found(text, PUBLISHED) if r[0] == "fights" and "AMAL" in r[1:3]}
