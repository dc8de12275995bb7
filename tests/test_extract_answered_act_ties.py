"""The act a strike answers is not the striker's: "In response to attacks against X, Y
struck Z" makes Y fight Z, never Y fight X, the side it avenges (extract/fightcues.py,
through provoked.answers_another). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import plain_ties

PUBLISHED = dt.date(2023, 12, 27)


def _foes(relations_found, text: str, strikers: frozenset[str]) -> set[str]:
    ties = plain_ties(relations_found, text, PUBLISHED)
    return {b for k, a, b in ties if k == "fights" and a in strikers} | {
        a for k, a, b in ties if k == "fights" and b in strikers
    }


@pytest.mark.parametrize(
    ("text", "strikers", "enemy"),
    [
        ("In response to repeated attacks against coalition troops, US forces bombed two depots of Kataib Hezbollah.",
         frozenset({"USA_MIL", "USA_AIRFORCE", "USA"}), "KATAIB_HEZBOLLAH"),
        ("In response to repeated attacks against coalition troops, US forces carried out strikes on two depots of Kataib Hezbollah.",
         frozenset({"USA_MIL", "USA_AIRFORCE", "USA"}), "KATAIB_HEZBOLLAH"),
        ("As a reprisal for attacks against coalition bases, American jets pounded hideouts of Kataib Hezbollah.",
         frozenset({"USA_MIL", "USA_AIRFORCE", "USA"}), "KATAIB_HEZBOLLAH"),
    ],
)
def test_the_striker_fights_its_target_not_the_side_it_avenges(
    relations_found, text: str, strikers: frozenset[str], enemy: str
) -> None:
    assert _foes(relations_found, text, strikers) == {enemy}, plain_ties(relations_found, text, PUBLISHED)


def test_a_plain_campaign_against_a_side_still_ties() -> None:
    from extracted import extract

    found = extract("Israel's campaign against Hamas entered its third month on Monday.", PUBLISHED)
    assert any(r.kind == "fights" and r.target_actor == "HAMAS" for r in found.relations), found.relations
