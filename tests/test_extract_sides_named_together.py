"""Ties told by sides named together or by a phrase of side-taking (issue 12;
extract/jointforces.py, extract/sidetaking.py, pitting.warring_pairs, coalitions'
composition, enmity's copular role nouns, relcues' "alongside" and backing participles).

"A joint force of X and Y troops attacked Z": X and Y are allies and each fights Z. "The
alliance, which groups X and Y, attacked Z": the same. "Talks between the warring X and
Y": X fights Y (talks alone tie no one). "The closest ally of X is Y": allies. "X fought
on the side of Y": allies, never enemies; "X came to the aid of Y": X backs Y. "alongside
A and B": both are partners. "backed by American and French jets": both back. A backing
participle before the subject backs every subject. "its ally Y" inside a clause that
only wonders is still a tie. "X, which arms Y, and Z": Z arms no one. "rebels, some
backed by X": X backs the rebels. "X, which provided Y with arms": X backs Y. "Iran a
close ally of the Houthis has ...", the commas lost: allies. Sentences written for these
tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import PLAIN_LABELS, plain_ties, tied

PUBLISHED = dt.date(2016, 5, 1)


def _plain(relations_found: Any, text: str) -> set[tuple[str, str, str]]:
    return plain_ties(relations_found, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "first", "second", "enemy"),
    [
        ("A joint force of Kenyan and Somali troops stormed an al-Shabaab camp near Kismayo.",
         "KEN", "SOM_MIL", "AL_SHABAAB"),
        ("The combined forces of the Houthis and Saleh loyalists shelled Yemeni army positions near Taiz.",
         "HOUTHIS", "SALEH_LOYALISTS", "YEM_MIL"),
        ("A joint force of Somali and Ethiopian troops attacked al-Shabaab fighters near Baidoa.",
         "SOM", "ETH_MIL", "AL_SHABAAB"),
    ],
)  # fmt: skip
def test_the_sides_of_a_joint_force_are_allies_and_fight_its_target(
    relations_found: Any, text: str, first: str, second: str, enemy: str
) -> None:
    ties = _plain(relations_found, text)
    assert tied(ties, "allied", first, second)
    assert tied(ties, "fights", first, enemy)
    assert tied(ties, "fights", second, enemy)
    assert not tied(ties, "fights", first, second)


def test_a_joint_force_of_one_side_ties_no_one(relations_found: Any) -> None:
    ties = _plain(relations_found, "A joint force of Kenyan troops raided a village near Lamu.")
    assert not ties


@pytest.mark.parametrize(
    ("text", "first", "second", "enemy"),
    [
        ("The Brotherhood Alliance, which groups the MNDAA and the Arakan Army, attacked junta troops near Lashio.",
         "MNDAA", "ARAKAN_ARMY", "MMR_MIL"),
        ("The alliance, which groups the Ta'ang National Liberation Army and the Arakan Army, attacked junta troops near Lashio.",
         "TNLA", "ARAKAN_ARMY", "MMR_MIL"),
        ("The Northern Alliance, which unites the KIA and the TNLA, attacked Myanmar army posts near Muse.",
         "KIA", "TNLA", "MMR_MIL"),
    ],
)  # fmt: skip
def test_the_parts_an_alliance_is_said_to_group_are_allies_and_fight_its_target(
    relations_found: Any, text: str, first: str, second: str, enemy: str
) -> None:
    ties = _plain(relations_found, text)
    assert tied(ties, "allied", first, second)
    assert tied(ties, "fights", first, enemy)
    assert tied(ties, "fights", second, enemy)


def test_the_parts_of_an_alliance_do_not_fight_whom_it_meets(relations_found: Any) -> None:
    text = "The alliance, which includes the TNLA and the KIA, met Chinese envoys in Kunming."
    ties = _plain(relations_found, text)
    assert tied(ties, "allied", "TNLA", "KIA")
    assert not any(k == "fights" for k, _, _ in ties)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Mediators hosted talks between the warring Sudanese army and the Rapid Support Forces in Jeddah.",
         "SDN_SAF", "RSF_SDN"),
        ("The UN urged the warring RSF and Sudanese army to open a humanitarian corridor.",
         "RSF_SDN", "SDN_SAF"),
        ("A ceasefire between the warring Kachin Independence Army and the Myanmar military collapsed within days.",
         "KIA", "MMR_MIL"),
    ],
)  # fmt: skip
def test_sides_called_warring_fight_each_other(
    relations_found: Any, text: str, first: str, second: str
) -> None:
    assert tied(_plain(relations_found, text), "fights", first, second)


def test_talks_between_two_sides_make_them_neither_enemies_nor_allies(relations_found: Any) -> None:
    text = "Mediators hosted talks between the Sudanese army and the Rapid Support Forces in Jeddah."
    ties = _plain(relations_found, text)
    assert not tied(ties, "fights", "SDN_SAF", "RSF_SDN")
    assert not tied(ties, "allied", "SDN_SAF", "RSF_SDN")


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("The main ally of the Syrian government is Russia.", ("allied", "RUS", "SYR_GOV")),
        ("The chief backer of the Houthis is Iran, according to Saudi officials.",
         ("backs", "IRN", "HOUTHIS")),
        ("The fiercest enemy of the Kurdistan Workers' Party is Turkey.", ("fights", "TUR", "PKK")),
    ],
)  # fmt: skip
def test_a_role_noun_before_is_names_who_holds_the_role(
    relations_found: Any, text: str, tie: tuple[str, str, str]
) -> None:
    assert tied(_plain(relations_found, text), *tie)


def test_a_noun_of_no_role_before_is_ties_no_one(relations_found: Any) -> None:
    assert not _plain(relations_found, "The main concern of the SDF is Turkey.")


@pytest.mark.parametrize(
    ("text", "doer", "partner"),
    [
        ("Wagner mercenaries are fighting on the side of the Malian army against jihadists.",
         "WAGNER", "MLI_MIL"),
        ("The UAE entered the war on the side of the Rapid Support Forces, diplomats said.",
         "ARE", "RSF_SDN"),
        ("In 2013 Hezbollah sent its men into the Syrian war on the side of Bashar al-Assad.",
         "HEZBOLLAH", "SYR"),
    ],
)  # fmt: skip
def test_the_side_one_is_on_is_an_ally_never_an_enemy(
    relations_found: Any, text: str, doer: str, partner: str
) -> None:
    ties = _plain(relations_found, text)
    assert tied(ties, "allied", doer, partner)
    assert not tied(ties, "fights", doer, partner)


@pytest.mark.parametrize(
    ("text", "helper", "helped"),
    [
        ("Russia came to the aid of the Syrian government in September 2015.", "RUS", "SYR_GOV"),
        ("Iran came to the aid of the Houthis with weapons and advisers.", "IRN", "HOUTHIS"),
        ("Turkey rushed to the defence of the Syrian National Army near Afrin.", "TUR", "SNA"),
    ],
)  # fmt: skip
def test_coming_to_the_aid_of_a_side_backs_it(
    relations_found: Any, text: str, helper: str, helped: str
) -> None:
    assert ("backs", helper, helped) in _plain(relations_found, text)


@pytest.mark.parametrize(
    ("text", "doer", "partners", "enemy"),
    [
        ("Hezbollah fighters battled the Islamic State alongside Syrian troops and Russian special forces near Palmyra.",
         "HEZBOLLAH", ("SYR_MIL", "RUS_SPECIAL_FORCES"), "ISIS"),
        ("Somali soldiers fought al-Shabaab alongside Kenyan troops and Ethiopian soldiers in Gedo.",
         "SOM_MIL", ("KEN_MIL", "ETH_MIL"), "AL_SHABAAB"),
        ("Hezbollah is fighting the Islamic State alongside the Syrian army and Russian forces near Palmyra.",
         "HEZBOLLAH", ("SYR_MIL", "RUS_MIL"), "ISIS"),
    ],
)  # fmt: skip
def test_every_partner_after_alongside_is_an_ally_and_fights_the_enemy(
    relations_found: Any, text: str, doer: str, partners: tuple[str, str], enemy: str
) -> None:
    ties = _plain(relations_found, text)
    for partner in partners:
        assert tied(ties, "allied", doer, partner)
        assert tied(ties, "fights", partner, enemy)


@pytest.mark.parametrize(
    ("text", "backer", "backed"),
    [
        ("Since Monday regime troops backed by Syrian and Russian jets have been battling for a hilltop outside Hama.",
         "RUS", "SYR_MIL"),
        ("Government troops backed by Iraqi and American aircraft advanced on Ramadi.", "USA", "IRQ_MIL"),
        ("Kurdish fighters backed by American and French jets pushed into Raqqa.", "FRA", "YPG"),
    ],
)  # fmt: skip
def test_each_side_named_by_the_backers_modifiers_backs(
    relations_found: Any, text: str, backer: str, backed: str
) -> None:
    assert ("backs", backer, backed) in _plain(relations_found, text)


@pytest.mark.parametrize(
    ("text", "backer", "first", "second"),
    [
        ("Supported by the US-led coalition, Iraqi forces and the Peshmerga are battling to push the Islamic State from Mosul.",
         "US_COALITION", "IRQ_MIL", "PESHMERGA"),
        ("Backed by Russian jets, the Syrian army and Hezbollah attacked rebels near Aleppo.",
         "RUS_AIRFORCE", "SYR_MIL", "HEZBOLLAH"),
        ("Backed by Iranian advisers, the Iraqi army and the Popular Mobilization Forces stormed Islamic State lines south of Samarra.",
         "IRN_MIL", "IRQ_MIL", "PMF"),
    ],
)  # fmt: skip
def test_a_backing_participle_before_the_subjects_backs_each(
    relations_found: Any, text: str, backer: str, first: str, second: str
) -> None:
    ties = _plain(relations_found, text)
    assert ("backs", backer, first) in ties
    assert ("backs", backer, second) in ties
    assert not tied(ties, "fights", first, second)  # they battle to push out a third


def test_sides_that_battle_with_no_aim_fight_each_other(relations_found: Any) -> None:
    ties = _plain(relations_found, "Government troops and rebels battled near Aleppo.")
    assert tied(ties, "fights", "SYR_MIL", "GEN_REBELS")


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("Monitors could not determine whether the convoy was hit by the Syrian army or its ally Hezbollah.",
         ("allied", "SYR_MIL", "HEZBOLLAH")),
        ("Officials could not determine whether the attack was carried out by the Houthis or their patron Iran.",
         ("backs", "IRN", "HOUTHIS")),
        ("Observers could not determine whether the rocket was fired by al-Shabaab or its rival the Islamic State.",
         ("fights", "AL_SHABAAB", "ISIS")),
        ("Investigators could not determine whether the drone was launched by the Syrian National Army or its sponsor Turkey.",
         ("backs", "TUR", "SNA")),
    ],
)  # fmt: skip
def test_an_owned_role_noun_is_a_tie_whatever_the_clause_wonders(
    relations_found: Any, text: str, tie: tuple[str, str, str]
) -> None:
    assert tied(_plain(relations_found, text), *tie)


def test_a_role_one_may_take_stays_hedged(relations_found: Any) -> None:
    found = relations_found("Iran may become the Houthis' closest ally.", PUBLISHED)
    assert not any(k == "allied" and c in PLAIN_LABELS for k, _, _, c in found)
    assert any(k == "allied" for k, _, _, _ in found)


@pytest.mark.parametrize(
    ("text", "first", "first_backs", "second", "second_backs"),
    [
        ("The attack was the biggest since March 2020 when Russia, which backs Assad, and Turkey, which supports the rebels, agreed to a ceasefire.",
         "RUS", "SYR", "TUR", "GEN_REBELS"),
        ("Iran, which arms the Houthis, and Saudi Arabia, which backs the Yemeni government, held talks in Beijing.",
         "IRN", "HOUTHIS", "SAU", "YEM_GOV"),
        ("Qatar, which funds the Libyan government, and Egypt, which arms the Libyan National Army, met in Cairo.",
         "QAT", "LBY", "EGY", "LNA"),
        ("The United States, which backs the SDF, and Russia, which supports the Syrian army, agreed on a hotline.",
         "USA", "SDF", "RUS", "SYR_MIL"),
    ],
)  # fmt: skip
def test_a_relative_clause_backs_for_its_own_noun_only(
    relations_found: Any, text: str, first: str, first_backs: str, second: str, second_backs: str
) -> None:
    ties = _plain(relations_found, text)
    assert ("backs", first, first_backs) in ties
    assert ("backs", second, second_backs) in ties
    assert ("backs", second, first_backs) not in ties
    assert not tied(ties, "allied", first, second)  # a ceasefire or talks make no allies


@pytest.mark.parametrize(
    ("text", "backer", "backed"),
    [
        ("Syrian troops clashed with Islamist groups including some funded by Qatar.", "QAT", "GEN_ISLAMISTS"),
        ("The war pits Assad against rebels, some backed by Turkey.", "TUR", "GEN_REBELS"),
        ("The army is fighting dozens of rebel groups, many of them armed by Turkey.", "TUR", "GEN_REBELS"),
    ],
)  # fmt: skip
def test_a_part_of_a_class_backed_by_a_side_is_the_class_backed(
    relations_found: Any, text: str, backer: str, backed: str
) -> None:
    assert ("backs", backer, backed) in _plain(relations_found, text)


def test_a_part_word_of_no_class_ties_no_one(relations_found: Any) -> None:
    ties = _plain(relations_found, "The Houthis attacked several towns, some defended by Saudi troops.")
    assert not any(k == "backs" for k, _, _ in ties)


@pytest.mark.parametrize(
    ("text", "backer"),
    [
        ("Hama is the scene of heavy fighting in a war pitting Assad and his allies against rebel factions, some backed by Qatar.",
         "QAT"),
        ("Homs saw heavy fighting in a war pitting Assad and his allies against rebel groups, some funded by Saudi Arabia.",
         "SAU"),
        ("Daraa is the scene of fierce fighting in a war pitting Assad and his allies against rebel brigades, many of them armed by Jordan.",
         "JOR"),
    ],
)  # fmt: skip
def test_the_patron_of_a_part_of_a_class_joins_no_fight(
    relations_found: Any, text: str, backer: str
) -> None:
    ties = _plain(relations_found, text)
    assert ("backs", backer, "GEN_REBELS") in ties
    assert not any(k == "fights" and backer in (a, b) for k, a, b in ties)


@pytest.mark.parametrize(
    ("text", "giver", "given"),
    [
        ("Iran, which is providing the Houthis with weapons, denies it.", "IRN", "HOUTHIS"),
        ("Qatar, which provided the rebels with money and arms, denied the claim.", "QAT", "GEN_REBELS"),
        ("Washington, which has provided the SDF with anti-tank missiles, declined to comment.", "USA", "SDF"),
    ],
)  # fmt: skip
def test_providing_a_side_with_arms_backs_it(
    relations_found: Any, text: str, giver: str, given: str
) -> None:
    assert ("backs", giver, given) in _plain(relations_found, text)


def test_providing_people_with_words_backs_no_one(relations_found: Any) -> None:
    text = "The ministry provided journalists with details of the attack."
    assert not any(k == "backs" for k, _, _ in _plain(relations_found, text))


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("Iran a close ally of the Houthis has denied the charge.", ("allied", "IRN", "HOUTHIS")),
        ("Eritrea a close ally of the Ethiopian government has sent more troops.",
         ("allied", "ERI", "ETH_GOV")),
        ("Rwanda a key backer of the M23 rebels denies the charge", ("backs", "RWA", "M23")),
        ("Turkey a key backer of the rebels has closed the border.", ("backs", "TUR", "GEN_REBELS")),
    ],
)  # fmt: skip
def test_a_name_right_before_a_role_noun_holds_it_when_commas_are_lost(  # headline style
    relations_found: Any, text: str, tie: tuple[str, str, str]
) -> None:
    assert tied(_plain(relations_found, text), *tie)


def test_two_names_joined_by_and_hold_no_role(relations_found: Any) -> None:
    assert not _plain(relations_found, "Russia and the United States have called for talks.")


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi troops backed by Afghan and Pakistani Shiite militias pushed into the village.",
        "Iraqi troops supported by Afghan and Pakistani Shia militiamen stormed the hill.",
    ],
)
def test_demonyms_of_militias_name_no_states_that_back(relations_found: Any, text: str) -> None:
    ties = _plain(relations_found, text)
    assert not any(k == "backs" and a in ("AFG", "PAK", "GEN_SHIA") for k, a, _ in ties)


def test_demonyms_of_a_states_arm_name_the_states_that_back(relations_found: Any) -> None:
    ties = _plain(relations_found, "Iraqi troops backed by Afghan and Pakistani jets pushed into the village.")
    assert ("backs", "AFG", "IRQ_MIL") in ties
