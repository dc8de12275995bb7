"""A side's means of war told as a debt to their giver (extract/owedmeans.py): "X owes its
rockets to Y", "X's guns come from Y" make Y X's backer; the Yazidi armed units and the
tribes that fought in Iraq and Syria are actors of the syria_iraq pack (12_tribes.yaml).
Sentences written for these tests, with near misses where no tie may be drawn."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

_DAY = dt.date(2016, 3, 9)


def _ties(relations_found: Any, text: str) -> set[tuple[str, str, str]]:
    return {(k, s, t) for k, s, t, _c in relations_found(text, _DAY)}


@pytest.mark.parametrize(
    ("text", "giver", "side"),
    [
        ("Kataib Hezbollah owes its rockets and its wages to Tehran.", "IRN", "KATAIB_HEZBOLLAH"),
        ("The Houthis owe much of their missile arsenal to Iran, analysts say.", "IRN", "HOUTHIS"),
        ("For years Hezbollah has owed its survival to Iranian money.", "IRN", "HEZBOLLAH"),
        ("Most of the Nusra Front's weapons come from Qatar, according to the report.", "QAT", "JABHAT_AL_NUSRA"),
        ("Hezbollah's arsenal comes largely from Iran.", "IRN", "HEZBOLLAH"),
        ("The money of the Free Syrian Army came from Saudi Arabia.", "SAU", "FSA"),
    ],
)  # fmt: skip
def test_means_of_war_owed_to_a_giver_make_it_a_backer(
    relations_found: Any, text: str, giver: str, side: str
) -> None:
    assert ("backs", giver, side) in _ties(relations_found, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kataib Hezbollah owes nothing to Tehran, its commanders insist.",
        "The Badr Organization owes its name to a battle of early Islam.",
        "Many of the Nusra Front's fighters come from Saudi Arabia.",
        "The Nusra Front's captured weapons came from the Syrian army.",
        "Hezbollah does not owe its rockets to Iran, its leader said.",
    ],
)
def test_no_backer_from_an_origin_a_name_or_a_denied_debt(relations_found: Any, text: str) -> None:
    assert not {t for t in _ties(relations_found, text) if t[0] == "backs"}


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("Yazidi fighters trained by the PKK hold the mountain.", ("backs", "PKK", "YBS")),
        ("The PKK-trained Yazidi militia defended the shrine at Sharfadin.", ("backs", "PKK", "YBS")),
        ("The Albu Nimr tribe is being armed by Baghdad.", ("backs", "IRQ", "TRIBE_ALBU_NIMR")),
        ("Islamic State fighters executed dozens of Shaitat tribesmen near Deir ez-Zor.", ("fights", "ISIS", "TRIBE_SHAITAT")),
    ],
)  # fmt: skip
def test_yazidi_units_and_fighting_tribes_are_sides(
    relations_found: Any, text: str, tie: tuple[str, str, str]
) -> None:
    assert tie in _ties(relations_found, text)


def test_yazidis_named_as_a_people_stay_the_community(relations_found: Any) -> None:
    ties = _ties(relations_found, "The PKK says it protects the Yazidis of Sinjar from the Islamic State.")
    assert not any("YBS" in (s, t) for _k, s, t in ties)


@pytest.mark.parametrize(
    ("text", "giver", "side"),
    [
        ("The Peshmerga, supplied with German anti-tank missiles, held the ridge.", "DEU", "PESHMERGA"),
        ("Fighters of the Free Syrian Army were supplied with American TOW missiles last year.", "USA", "FSA"),
        ("The Houthis, resupplied with Iranian drones, struck the airport again.", "IRN", "HOUTHIS"),
        ("The Free Syrian Army, provided with Qatari rifles and American missiles, attacked the base.", "USA", "FSA"),
    ],
)  # fmt: skip
def test_arms_a_side_was_supplied_with_name_their_giver(
    relations_found: Any, text: str, giver: str, side: str, actor_kb: Any
) -> None:
    backers = {actor_kb.top_of(s) for k, s, t in _ties(relations_found, text) if k == "backs" and t == side}
    assert giver in backers


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian army, equipped with Russian tanks, advanced on Palmyra.",
        "The Free Syrian Army was supplied with American-made missiles.",
        "The Free Syrian Army was not supplied with American missiles, officials said.",
        "Islamic State fighters, armed with American rifles, stormed the town.",
    ],
)
def test_no_giver_from_a_maker_a_kit_or_a_denied_supply(relations_found: Any, text: str) -> None:
    assert not {t for t in _ties(relations_found, text) if t[0] == "backs"}
