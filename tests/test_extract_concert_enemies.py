"""The partner of a deed of war done "in coordination with" it fights the deed's enemy
(issue 12; extract/jointwork.py). "In coordination with S, X conducted an airstrike
against Y": S fights Y as X does, as certain as the strike; a deed of no war (talks, aid)
gives the partner no enemy. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2018, 3, 1)


def _plain(relations_found: Any, text: str) -> set[tuple[str, str, str]]:
    found = relations_found(text, PUBLISHED)
    return {(k, a, b) for k, a, b, c in found if c in ("asserted", "attributed")}


@pytest.mark.parametrize(
    ("text", "partner", "enemy"),
    [
        ("In coordination with the Federal Government of Somalia, American aircraft hit al-Shabaab fighters outside Jilib on Friday.",
         "SOM_GOV", "AL_SHABAAB"),
        ("In coordination with Libya's Government of National Accord, American drones struck ISIS camps in the desert south of Sirte.",
         "GNA", "ISIS"),
        ("In coordination with the Somali government, a US drone targeted an al-Shabaab leader's car near Baraawe.",
         "SOM_GOV", "AL_SHABAAB"),
        ("In close cooperation with the Iraqi government, coalition jets struck Islamic State positions near Tal Afar.",
         "IRQ_GOV", "ISIS"),
    ],
)  # fmt: skip
def test_the_partner_of_a_strike_fights_its_target(
    relations_found: Any, text: str, partner: str, enemy: str
) -> None:
    assert ("fights", partner, enemy) in _plain(relations_found, text)


def test_a_partner_in_a_strike_that_may_come_is_no_fighter_yet(relations_found: Any) -> None:
    text = "In coordination with the Somali government, US forces may conduct airstrikes against al-Shabaab."
    found = relations_found(text, PUBLISHED)
    assert not any(k == "fights" and a == "SOM_GOV" and c == "asserted" for k, a, _, c in found)


@pytest.mark.parametrize(
    "text",
    [
        "In coordination with the Iraqi government, the coalition held talks with tribal leaders.",
        "In coordination with the Red Crescent, the UN delivered aid to Aleppo.",
    ],
)
def test_a_partner_in_a_deed_of_no_war_fights_no_one(relations_found: Any, text: str) -> None:
    assert not any(k == "fights" for k, _, _ in _plain(relations_found, text))
