"""Three more ways commentary states a tie (sentences written for these tests): a side
"hostile to" or "opposed to" another fights it when both are armed and neither is a state,
else criticizes it
(extract/enmity.py); "these factions", "those forces" stand for the side named with the same
noun just before (extract/anaphora.py); a second "by" agent backs the same side ("backed by
Russian jets and by Hezbollah", extract/relcues.py).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 5, 1)


def _ties(text: str, relations_found: Any) -> set[tuple[str, str, str]]:
    return {(k, s, t) for k, s, t, _certainty in relations_found(text, PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("The Turkish-backed rebels are hostile to the Kurdish-led Syrian Democratic Forces.", ("fights", "GEN_REBELS", "SDF")),
        ("Ahrar al-Sham remains bitterly opposed to the Islamic State in Idlib.", ("fights", "AHRAR_AL_SHAM", "ISIS")),
        ("Jaish al-Islam, deeply hostile to the Nusra Front, held Douma.", ("fights", "JAYSH_AL_ISLAM", "JABHAT_AL_NUSRA")),
        ("Ankara, deeply hostile to the YPG, moved tanks to the border.", ("criticizes", "TUR", "YPG")),
        ("Russia is increasingly hostile to the United States.", ("criticizes", "RUS", "USA")),
        ("The Kurdish PYD party is openly hostile to Turkey.", ("criticizes", "PYD", "TUR")),
    ],
)
def test_hostility_between_armed_groups_is_a_fight_and_a_state_s_a_stance(
    text: str, tie: tuple[str, str, str], relations_found: Any
) -> None:
    assert tie in _ties(text, relations_found)


@pytest.mark.parametrize(
    "text",
    [
        "The Houthis are not hostile to Oman, a mediator.",
        "Hamas is opposed to the ceasefire plan.",
        "Hezbollah is hostile to any talks with Israel's government.",
    ],
)
def test_no_fight_from_a_negated_or_sideless_hostility(text: str, relations_found: Any) -> None:
    assert not {t for t in _ties(text, relations_found) if t[0] == "fights"}


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("Rebel factions hold Azaz. These factions are also battling the Islamic State.", ("fights", "GEN_REBELS", "ISIS")),
        ("The Syrian Democratic Forces took Manbij in August. These forces are armed by the United States.", ("backs", "USA", "SDF")),
        ("Hezbollah militias were seen near Qusair. Those militias are funded by Iran.", ("backs", "IRN", "HEZBOLLAH")),
    ],
)
def test_a_demonstrative_noun_stands_for_the_side_named_with_it(
    text: str, tie: tuple[str, str, str], relations_found: Any
) -> None:
    assert tie in _ties(text, relations_found)


def test_a_demonstrative_noun_with_no_such_noun_before_names_no_one(relations_found: Any) -> None:
    found = _ties("Turkey shelled Afrin on Monday. These forces are armed by Washington.", relations_found)
    assert not {t for t in found if t[0] == "backs"}


@pytest.mark.parametrize(
    ("text", "backers", "backed"),
    [
        ("Assad's troops, backed by Russian jets and by Hezbollah, have encircled Aleppo.", {"RUS_AIRFORCE", "HEZBOLLAH"}, "SYR_MIL"),
        ("The Syrian Democratic Forces, armed by Washington and by Paris, took Raqqa.", {"USA", "FRA"}, "SDF"),
        ("Syrian troops, supported by Russian warplanes and by fighters from Hezbollah, retook Palmyra.", {"RUS_AIRFORCE", "HEZBOLLAH"}, "SYR_MIL"),
    ],
)
def test_every_by_agent_backs_the_side(
    text: str, backers: set[str], backed: str, relations_found: Any
) -> None:
    found = _ties(text, relations_found)
    assert {s for k, s, t in found if k == "backs" and t == backed} >= backers, found


@pytest.mark.parametrize(
    ("text", "fighters"),
    [
        (
            ("Rebel brigades hold Azaz, and Turkey arms them. The SDF holds Manbij. "
            "Every one of these forces is at war with the Islamic State."),
            {"GEN_REBELS", "SDF"},
        ),
        (
            ("In Libya, the Libyan National Army took Benghazi while Wagner fighters held "
            "Jufra. Each of them is fighting the Islamic State."),
            {"LNA", "WAGNER"},
        ),
        (
            ("The YPG and the Free Syrian Army took villages near Azaz. They all fight the "
            "Islamic State."),
            {"YPG", "FSA"},
        ),
    ],
)
def test_every_one_of_these_forces_is_every_armed_side_named_before(
    text: str, fighters: set[str], relations_found: Any
) -> None:
    found = _ties(text, relations_found)
    assert {s for k, s, t in found if k == "fights" and t == "ISIS"} >= fighters, found
    assert ("fights", "TUR", "ISIS") not in found  # a state arming a side is no force here


def test_a_universal_subject_with_one_side_before_names_no_one(relations_found: Any) -> None:
    found = _ties("The SDF holds Manbij. All of these groups are fighting the Islamic State.", relations_found)
    assert {s for k, s, t in found if t == "ISIS"} <= {"SDF"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Lebanon's Hezbollah fights on the Syrian regime's side near Aleppo.", {"HEZBOLLAH", "SYR_GOV"}),
        ("Wagner mercenaries fought on Haftar's side near Tripoli.", {"WAGNER", "LNA"}),
        ("Eritrean troops fought on Ethiopia's side in Tigray.", {"ERI_MIL", "ETH"}),
    ],
)
def test_fighting_on_a_side_s_side_is_an_alliance_not_a_fight(
    text: str, pair: set[str], relations_found: Any
) -> None:
    found = _ties(text, relations_found)
    assert pair in [{s, t} for k, s, t in found if k == "allied"], found
    assert pair not in [{s, t} for k, s, t in found if k == "fights"], found


def test_a_side_of_a_river_is_no_side_taken(relations_found: Any) -> None:
    assert not _ties("The patrol stayed on the government's side of the river.", relations_found)


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("Turkish guns regularly fire at YPG positions.", ("fights", "TUR_MIL", "YPG")),
        ("Turkish guns fired at Kurdish militia positions near Azaz.", ("fights", "TUR_MIL", "YPG")),
        ("Israeli tanks regularly fire at Hezbollah posts.", ("fights", "ISR_MIL", "HEZBOLLAH")),
    ],
)
def test_a_state_s_guns_are_its_arm_in_a_fight(
    text: str, tie: tuple[str, str, str], relations_found: Any
) -> None:
    assert tie in _ties(text, relations_found)
