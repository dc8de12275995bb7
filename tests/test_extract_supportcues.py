"""Backing told by a support noun (extract/supportcues.py) and air support as strikes
(extract/allyties.py).

"Y ..., receiving assistance from A and air support from B": support received as a
later conjunct still backs the receiver; "air support from the French, American and
British air forces" names three backers; support that is itself strikes ("air support",
"air cover") joins its giver to the fight of the side it backs against that side's one
enemy, and so does support by force named as its agent ("supported by Russian airstrikes",
"backed by a contingent of guerrillas from X"). Arms received "from" a giver back the receiver ("received missiles from X"); a
maker named as an adjective ("Russian-made rifles") or arms only sought back no one.
Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2015, 4, 20)


def _ties(relations_found: Any, text: str) -> set[tuple[str, str, str]]:
    return {(k, a, b) for k, a, b, c in relations_found(text, PUBLISHED) if c == "asserted"}


@pytest.mark.parametrize(
    ("text", "ties"),
    [
        (
            (
                "Iraqi troops retook the district, receiving assistance from Iranian officers in the "
                "field, and air support from the French, American, and British air forces."
            ),
            {("backs", "USA", "IRQ_MIL"), ("backs", "GBR", "IRQ_MIL"), ("backs", "FRA", "IRQ_MIL")},
        ),
        (
            "Kurdish fighters in Kobani got air support from American and French warplanes.",
            {("backs", "USA", "YPG"), ("backs", "FRA", "YPG")},
        ),
        (
            (
                "The Peshmerga advanced on Sinjar, receiving weapons from Germany and air cover "
                "from the US-led coalition."
            ),
            {("backs", "US_COALITION", "PESHMERGA")},
        ),
    ],
)
def test_support_received_and_its_listed_givers(
    relations_found: Any, text: str, ties: set[tuple[str, str, str]]
) -> None:
    assert ties <= _ties(relations_found, text)


@pytest.mark.parametrize(
    ("text", "fighter"),
    [
        (
            (
                "Iraqi troops recaptured Baiji from the Islamic State in the autumn. Many "
                "families fled. Iraqi forces received air support from the French, American and "
                "British air forces."
            ),
            "FRA",
        ),
        (
            (
                "The Peshmerga have fought the Islamic State around Sinjar for a year. Thousands of "
                "Yazidis remain displaced. The Peshmerga get close air support from Britain."
            ),
            "GBR",
        ),
    ],
)
def test_air_support_joins_the_fight(relations_found: Any, text: str, fighter: str) -> None:
    assert ("fights", fighter, "ISIS") in _ties(relations_found, text)


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            "Syrian troops, supported by Russian airstrikes, pushed the Islamic State out of Palmyra.",
            ("fights", "RUS_AIRFORCE", "ISIS"),
        ),
        (
            "Rebels near the border have been fighting Syrian troops backed by a contingent of guerrillas from Hezbollah.",
            ("fights", "HEZBOLLAH", "GEN_REBELS"),
        ),
        (
            "Backed by Turkish artillery fire, the rebels attacked Islamic State positions near al-Bab.",
            ("fights", "TUR_MIL", "ISIS"),
        ),
    ],
)
def test_support_by_strikes_or_fighters_joins_the_fight(
    relations_found: Any, text: str, tie: Any
) -> None:
    assert tie in _ties(relations_found, text)


def test_support_by_money_named_as_agent_joins_no_fight(relations_found: Any) -> None:
    text = "Syrian rebels, funded by donors in the Gulf, attacked Islamic State positions."
    assert not {t for t in _ties(relations_found, text) if t[0] == "fights" and t[2] != "ISIS"}
    assert not {
        t for t in _ties(relations_found, text) if t[0] == "fights" and t[1] != "GEN_REBELS"
    }


def test_support_by_arms_joins_no_fight(relations_found: Any) -> None:
    text = (
        "The Peshmerga have fought the Islamic State around Sinjar for a year. Thousands of "
        "Yazidis remain displaced. The Peshmerga get financial support from Britain."
    )
    assert ("fights", "GBR", "ISIS") not in _ties(relations_found, text)


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("The Houthis receive weapons and training from Iran.", ("backs", "IRN", "HOUTHIS")),
        (
            "The rebels received anti-tank missiles from Saudi Arabia.",
            ("backs", "SAU", "GEN_REBELS"),
        ),
        ("Hezbollah has obtained thousands of rockets from Iran.", ("backs", "IRN", "HEZBOLLAH")),
        ("The Peshmerga got ammunition and training from Germany.", ("backs", "DEU", "PESHMERGA")),
    ],
)
def test_arms_received_from_a_giver(relations_found: Any, text: str, tie: Any) -> None:
    assert tie in _ties(relations_found, text)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels received Russian-made rifles last year.",
        "The rebels sought weapons from Washington.",
    ],
)
def test_arms_with_no_giver_back_no_one(relations_found: Any, text: str) -> None:
    assert not {t for t in _ties(relations_found, text) if t[0] == "backs"}
