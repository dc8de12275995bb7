"""Ties told through purpose, pressure and aim in commentary prose (sentences written for
these tests): a force sent against an enemy (extract/sentforces.py), the aim of an armed
operation (extract/aimedassaults.py), an armed group squeezed or pressed by others
(extract/squeezedsides.py), a backer's help given as part of its own fight
(extract/fightcues.py) and a side named as another's target (extract/statedtargets.py);
each with near-miss sentences where it must not fire."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

_DAY = dt.date(2017, 6, 12)


def _ties(relations_found: Any, text: str) -> set[tuple[str, str, str]]:
    return {(k, s, t) for k, s, t, _c in relations_found(text, _DAY)}


# --- extract/sentforces.py ---


@pytest.mark.parametrize(
    ("text", "backer", "force", "enemy"),
    [
        (
            ("Tehran is sending Hezbollah units, drilled in Iran and paid by its treasury, "
            "against the Islamic State near Palmyra."),
            "IRN", "HEZBOLLAH", "ISIS",
        ),
        (
            "Moscow has thrown the Tiger Forces against Ahrar al-Sham in the hills west of Hama.",
            "RUS", "TIGER_FORCES", "AHRAR_AL_SHAM",
        ),
        (
            ("Last month Ankara dispatched the Free Syrian Army to fight the Kurdish People's "
            "Protection Units near Manbij."),
            "TUR", "FSA", "YPG",
        ),
        (
            ("Iran deployed Hezbollah against Jabhat al-Nusra along the Lebanese border, "
            "officials said."),
            "IRN", "HEZBOLLAH", "JABHAT_AL_NUSRA",
        ),
    ],
)  # fmt: skip
def test_a_force_sent_against_an_enemy_fights_it_and_is_backed(
    relations_found: Any, text: str, backer: str, force: str, enemy: str
) -> None:
    ties = _ties(relations_found, text)
    assert ("backs", backer, force) in ties
    assert ("fights", force, enemy) in ties
    assert ("fights", backer, enemy) in ties


@pytest.mark.parametrize(
    "text",
    [
        # a force sent to no enemy: moved for rest, or envoys rather than a force
        "Moscow sent the Tiger Forces back to the coast for a month of rest and refitting.",
        "Tehran sent diplomats to talk with Hezbollah about the Islamic State.",
    ],
)
def test_a_force_sent_to_no_enemy_ties_nothing(relations_found: Any, text: str) -> None:
    assert not {t for t in _ties(relations_found, text) if t[0] in ("backs", "fights")}


def test_a_state_sending_its_own_army_backs_no_one(relations_found: Any) -> None:
    ties = _ties(relations_found, "Iraq sent the Iraqi Army against the Islamic State in Anbar.")
    assert ("fights", "IRQ", "ISIS") in ties
    assert not {t for t in ties if t[0] == "backs"}


# --- extract/aimedassaults.py ---


@pytest.mark.parametrize(
    ("text", "doer", "enemy"),
    [
        (
            ("Turkey began an operation on Sunday aimed at the Kurdish People's Protection "
            "Units east of the river."),
            "TUR", "YPG",
        ),
        (
            "Hezbollah joined an assault directed chiefly at Ahrar al-Sham in the hills.",
            "HEZBOLLAH", "AHRAR_AL_SHAM",
        ),
        (
            ("The Iraqi offensive, which started in the autumn, is directed at the Islamic "
            "State and its last towns."),
            "IRQ", "ISIS",
        ),
        (
            ("The Russian air campaign is led by bombers from Hmeimim and is aimed mostly at "
            "Jabhat al-Nusra."),
            "RUS_AIRFORCE", "JABHAT_AL_NUSRA",
        ),
        # a side named as another's target (extract/statedtargets.py)
        (
            ("The Tiger Forces moved north from Hama last week. Their main target is Ahrar "
            "al-Sham."),
            "TIGER_FORCES", "AHRAR_AL_SHAM",
        ),
        ("Russia's chief target in the north is Jabhat al-Nusra, officials say.", "RUS", "JABHAT_AL_NUSRA"),
        (
            ("The Syrian army said on Monday that its next target was the Islamic State in the "
            "desert."),
            "SYR_MIL", "ISIS",
        ),
        (
            ("Hezbollah has massed fighters near the border. Its target is Jabhat al-Nusra and "
            "Ahrar al-Sham."),
            "HEZBOLLAH", "AHRAR_AL_SHAM",
        ),
    ],
)  # fmt: skip
def test_the_owner_of_an_operation_or_a_target_fights_its_aim(
    relations_found: Any, text: str, doer: str, enemy: str
) -> None:
    assert ("fights", doer, enemy) in _ties(relations_found, text)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("The new American sanctions are aimed at Hezbollah and its bankers.", "HEZBOLLAH"),
        (
            "A Turkish media campaign directed at the Kurdish People's Protection Units began.",
            "YPG",
        ),
    ],
)
def test_a_campaign_of_words_or_money_is_no_fight(
    relations_found: Any, text: str, side: str
) -> None:
    assert not {t for t in _ties(relations_found, text) if t[0] == "fights" and t[2] == side}


# --- extract/squeezedsides.py ---


@pytest.mark.parametrize(
    ("text", "pressers", "pressed"),
    [
        (
            ("The Islamic State's enclave near the border is shrinking under pressure from the "
            "Iraqi Army and the Peshmerga."),
            {"IRQ_MIL", "PESHMERGA"}, "ISIS",
        ),
        (
            ("Jabhat al-Nusra, squeezed between Hezbollah and the Free Syrian Army, gave up "
            "its hilltop posts."),
            {"HEZBOLLAH", "FSA"}, "JABHAT_AL_NUSRA",
        ),
        (
            ("Ahrar al-Sham is caught between the Syrian army and the Islamic State in the "
            "countryside north of the city."),
            {"SYR_MIL", "ISIS"}, "AHRAR_AL_SHAM",
        ),
        (
            ("Since spring the Islamic State has been crumbling under heavy military pressure "
            "from the Syrian Democratic Forces."),
            {"SDF"}, "ISIS",
        ),
        # closing in on an armed group
        ("By Thursday the Iraqi Army was closing in on the Islamic State from three sides.", {"IRQ_MIL"}, "ISIS"),
        (
            ("Hezbollah units are closing in on Jabhat al-Nusra and Ahrar al-Sham, a commander "
            "said."),
            {"HEZBOLLAH"}, "AHRAR_AL_SHAM",
        ),
    ],
)  # fmt: skip
def test_each_side_pressing_an_armed_group_fights_it(
    relations_found: Any, text: str, pressers: set[str], pressed: str
) -> None:
    ties = _ties(relations_found, text)
    assert {("fights", p, pressed) for p in pressers} <= ties


@pytest.mark.parametrize(
    "text",
    [
        "Under pressure from Washington, Ankara agreed to pause its operation for a week.",
        "Turkey is caught between Russia and the United States over the future of the north.",
        # a city closed in on is a place, not a side; investigators are no side in the war
        "The Syrian Democratic Forces are closing in on Raqqa from the north and east.",
        "Investigators are closing in on the Islamic State's bankers in the Gulf.",
    ],
)
def test_pressure_in_diplomacy_or_on_a_place_is_no_fight(relations_found: Any, text: str) -> None:
    assert not {t for t in _ties(relations_found, text) if t[0] == "fights"}


# --- extract/fightcues.py: a backer's own fight ---


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


# --- extract/statedtargets.py ---


@pytest.mark.parametrize(
    "text",
    [
        # two sides before the pronoun: "their" may be either's
        "Iran funds Hezbollah's brigades in the south. Their target is the Islamic State.",
        # a target that is no side
        "Turkey and Russia met in Sochi on Friday. Their target is a ceasefire by spring.",
    ],
)
def test_no_target_tie_without_one_owner_and_an_armed_side(
    relations_found: Any, text: str
) -> None:
    ties = _ties(relations_found, text)
    assert not {t for t in ties if t[0] == "fights" and t[1] in ("IRN", "TUR", "RUS")}


@pytest.mark.parametrize(
    ("text", "owner", "denied", "meant"),
    [
        # a target denied names no enemy
        ("Ankara's target is not the Kurdish YPG, the minister insisted.", "TUR", "YPG", None),
        ("Turkey's main target is not the PKK, the official said.", "TUR", "PKK", None),
        # "not Y but W": only W is the target
        ("Israel's target was not Hamas but Islamic Jihad, the army said.", "ISR", "HAMAS", "PIJ"),
        (
            "Moscow's main target is not the Islamic State but the Free Syrian Army, activists claim.",
            "RUS",
            "ISIS",
            "FSA",
        ),
    ],
)
def test_a_target_denied_is_no_enemy(
    relations_found: Any, text: str, owner: str, denied: str, meant: str | None
) -> None:
    ties = _ties(relations_found, text)
    assert ("fights", owner, denied) not in ties
    if meant is not None:
        assert ("fights", owner, meant) in ties


def test_not_only_one_target_names_both(relations_found: Any) -> None:
    ties = _ties(relations_found, "Turkey's target is not only the Islamic State but also the YPG.")
    assert {("fights", "TUR", "ISIS"), ("fights", "TUR", "YPG")} <= ties


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # two states a group is caught between, quarrelling, press it in diplomacy
        (
            "The Syrian Democratic Forces are caught between Washington and Ankara as the two allies argue over the border.",
            "SDF",
        ),
        (
            "The Kurdish YPG is trapped between Turkey and the United States as the two quarrel over Manbij.",
            "YPG",
        ),
        # yielding on a demand, a condition or a stance is a concession, no ground given
        (
            "Hamas retreated from its demands under pressure from Egypt and Qatar, officials said.",
            "HAMAS",
        ),
        ("The Houthis abandoned their position under heavy pressure from Saudi Arabia.", "HOUTHIS"),
    ],
)
def test_pressure_by_states_in_diplomacy_is_no_fight(
    relations_found: Any, text: str, side: str
) -> None:
    assert not {t for t in _ties(relations_found, text) if t[0] == "fights" and side in t[1:]}


@pytest.mark.parametrize(
    ("text", "presser", "pressed"),
    [
        # a state pressing an armed group that loses ground
        (
            "Islamic State territory is shrinking under pressure from Turkey and the Kurds.",
            "TUR",
            "ISIS",
        ),
        # a state pressing where the sentence tells of force
        (
            "The YPG, squeezed between Turkey and the Syrian army, lost ground near Afrin.",
            "TUR",
            "YPG",
        ),
        # positions given up are ground
        (
            "The Houthis abandoned their positions under heavy pressure from Saudi troops.",
            "SAU_MIL",
            "HOUTHIS",
        ),
    ],
)
def test_pressure_by_force_or_with_ground_lost_is_a_fight(
    relations_found: Any, text: str, presser: str, pressed: str
) -> None:
    ties = _ties(relations_found, text)
    assert ("fights", presser, pressed) in ties or ("fights", pressed, presser) in ties
