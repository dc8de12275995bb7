"""Sides named together at the head of a force or an offensive are allies
(extract/vanguards.py). Sentences written for these tests, with near misses where no tie
may be drawn."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.extracted import tied

_DAY = dt.date(2017, 4, 20)


def _ties(relations_found: Any, text: str) -> set[tuple[str, str, str]]:
    return {(k, s, t) for k, s, t, _c in relations_found(text, _DAY)}


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("The Popular Mobilisation Forces gathered near Baiji, with the Badr Organization and Kataib Hezbollah in the lead.",
         "BADR", "KATAIB_HEZBOLLAH"),
        ("Hezbollah and the Tiger Forces were at the forefront of the offensive on Palmyra.", "HEZBOLLAH", "TIGER_FORCES"),
        ("Rebel brigades pushed into the city, with Ahrar al-Sham and the Nusra Front at the head of the assault.",
         "AHRAR_AL_SHAM", "JABHAT_AL_NUSRA"),
        ("Government troops moved on the airbase, with Hezbollah and the Tiger Forces in the vanguard.", "HEZBOLLAH", "TIGER_FORCES"),
    ],
)  # fmt: skip
def test_sides_at_the_head_of_a_force_are_allies(relations_found: Any, text: str, a: str, b: str) -> None:
    assert tied(_ties(relations_found, text), "allied", a, b)


@pytest.mark.parametrize(
    "text",
    [
        "The Badr Organization and the Sadrist Movement are in the lead in the polls.",
        "The Badr Organization and the Sadrist Movement are at the head of the list of parties.",
        "Kataib Hezbollah was at the forefront of the offensive on Tikrit.",
    ],
)
def test_no_alliance_from_a_race_a_list_or_one_side(relations_found: Any, text: str) -> None:
    assert not {t for t in _ties(relations_found, text) if t[0] == "allied"}



@pytest.mark.parametrize(
    "text",
    [
        "Turkey and the PKK have stood at the forefront of the war in the southeast for years.",
        "Saudi Arabia and Iran remain at the forefront of the war in Yemen.",
        "Hezbollah and the Nusra Front were at the forefront of the fighting in Qusayr.",
        "The United States and Russia were at the forefront of the fight over Raqqa.",
    ],
)
def test_no_alliance_from_the_front_of_a_war_or_a_fight(relations_found: Any, text: str) -> None:
    """Review of the eighteenth session: a war or a fight has two sides; naming both at
    its forefront makes them no allies."""
    assert not {t for t in _ties(relations_found, text) if t[0] == "allied"}


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Syrian troops, with Hezbollah fighters in the vanguard, stormed the town of Yabroud on Sunday.",
         "HEZBOLLAH", "SYR_MIL"),
        ("With Badr Organization fighters in the lead, Iraqi troops advanced on Tikrit from the south.",
         "BADR", "IRQ_MIL"),
        ("The army pressed into the eastern districts of Aleppo with Hezbollah units at the forefront.",
         "HEZBOLLAH", "SYR_MIL"),
    ],
)  # fmt: skip
def test_one_side_in_the_lead_of_anothers_force_is_its_ally(
    relations_found: Any, text: str, a: str, b: str
) -> None:
    """Devset29 reading, class 2: an ally told only as the vanguard of another's force."""
    assert tied(_ties(relations_found, text), "allied", a, b)


@pytest.mark.parametrize(
    "text",
    [
        "Government forces retook the hills near Latakia, with the Tiger Forces in the vanguard.",
        "The Popular Mobilization Forces, with Kataib Hezbollah in the vanguard, entered the town.",
        "Rebels clashed with Hezbollah fighters in the vanguard of the government advance.",
    ],
)
def test_no_alliance_of_a_force_with_its_own_unit_or_an_enemy_in_front(
    relations_found: Any, text: str
) -> None:
    """A unit of the army or a member of the coalition in the lead is no ally of it; the
    "with" of a clash names the enemy."""
    assert not {t for t in _ties(relations_found, text) if t[0] == "allied"}
