"""Membership told in group histories and descriptors (sentences written for these tests):
an armed group that is a branch, an affiliate, an offshoot, a faction or a part of another,
or that joined it, merged into it, was absorbed or folded into it or pledged allegiance to
it, is a member and an ally of it (extract/memberallies.py, extract/joinedforces.py
``joined_group_pairs``); a state, a state's forces or a person in a body is no such ally,
and joining a battle or talks joins no group."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import plain_ties, tied

_DAY = dt.date(2018, 6, 1)


def _ties(relations_found: Any, text: str) -> set[tuple[str, str, str]]:
    return plain_ties(relations_found, text, _DAY)


# --- a member noun between two armed groups ---


@pytest.mark.parametrize(
    ("text", "member", "whole"),
    [
        ("Hurras al-Din, an affiliate of al-Qaeda, claimed the attack on the checkpoint.", "HURRAS_AL_DIN", "AL_QAEDA"),
        ("Gunmen of the al-Qaeda affiliate Hurras al-Din ambushed a patrol west of Idlib.", "HURRAS_AL_DIN", "AL_QAEDA"),
        ("The Islamic State, an offshoot of al-Qaeda, shelled the town for a week.", "ISIS", "AL_QAEDA"),
        ("Northern Storm, a faction of the Free Syrian Army, clashed with jihadists near the border.", "NORTHERN_STORM", "FSA"),
        ("Al-Shabaab, al-Qaeda's branch in East Africa, stormed the base at dawn.", "AL_SHABAAB", "AL_QAEDA"),
    ],
)
def test_a_branch_or_affiliate_of_a_group_is_its_ally(
    relations_found: Any, text: str, member: str, whole: str
) -> None:
    ties = _ties(relations_found, text)
    assert ("member_of", member, whole) in ties, ties
    assert tied(ties, "allied", member, whole), ties


def test_the_parent_of_an_affiliate_still_fights_no_one_its_affiliate_fights(relations_found: Any) -> None:
    ties = _ties(relations_found, "Russian jets bombed the al-Qaeda affiliate Hurras al-Din near Idlib.")
    assert tied(ties, "allied", "HURRAS_AL_DIN", "AL_QAEDA"), ties
    assert not any(k == "fights" and "AL_QAEDA" in (a, b) for k, a, b in ties), ties


@pytest.mark.parametrize(
    "text",
    [
        "Abu Mohammed al-Adnani, a spokesman of the Islamic State, was killed in an air strike.",
        "The 25th Division, an elite unit of the Syrian army, retook the village.",
    ],
)
def test_a_person_or_a_state_unit_in_a_body_is_no_ally_of_it(relations_found: Any, text: str) -> None:
    ties = _ties(relations_found, text)
    assert not any(k == "allied" for k, a, b in ties), ties


# --- joining, merging, absorption, allegiance ---


@pytest.mark.parametrize(
    ("text", "joiner", "whole"),
    [
        ("In early 2017 the Zenki Movement joined Hayat Tahrir al-Sham.", "NOUR_AL_DIN_AL_ZENKI", "HTS"),
        ("Boko Haram pledged allegiance to the Islamic State in March 2015.", "BOKO_HARAM", "ISIS"),
        ("The Sultan Murad Division was folded into the Syrian National Army.", "SULTAN_MURAD", "SNA"),
        (
            "After months of infighting the Zenki Movement was absorbed into the Syrian National Army.",
            "NOUR_AL_DIN_AL_ZENKI",
            "SNA",
        ),
        (
            "The talks collapsed, which ended with the Zenki Movement joining Hayat Tahrir al-Sham.",
            "NOUR_AL_DIN_AL_ZENKI",
            "HTS",
        ),
    ],
)
def test_a_group_that_enters_another_is_its_member_and_ally(
    relations_found: Any, text: str, joiner: str, whole: str
) -> None:
    ties = _ties(relations_found, text)
    assert ("member_of", joiner, whole) in ties, ties
    assert tied(ties, "allied", joiner, whole), ties


def test_sides_named_beside_the_joiner_join_too(relations_found: Any) -> None:
    ties = _ties(
        relations_found,
        "Ahrar al-Sham joined the Syrian Liberation Front alongside the Zenki Movement in February.",
    )
    assert tied(ties, "allied", "AHRAR_AL_SHAM", "JABHAT_TAHRIR_SURIYA"), ties
    assert tied(ties, "allied", "NOUR_AL_DIN_AL_ZENKI", "JABHAT_TAHRIR_SURIYA"), ties


def test_groups_that_merged_with_each_other_are_allies(relations_found: Any) -> None:
    ties = _ties(relations_found, "In 2018 Ahrar al-Sham merged with the Zenki Movement.")
    assert tied(ties, "allied", "AHRAR_AL_SHAM", "NOUR_AL_DIN_AL_ZENKI"), ties
    assert not any(k == "member_of" for k, a, b in ties), ties


@pytest.mark.parametrize(
    "text",
    [
        "Turkey joined the talks on Syria in Astana.",
        "Hezbollah fighters joined the battle for Qusair in May.",
        "Thousands of former rebels were integrated into the Syrian army.",
    ],
)
def test_joining_a_battle_talks_or_a_state_force_joins_no_group(relations_found: Any, text: str) -> None:
    ties = _ties(relations_found, text)
    assert not any(k == "member_of" for k, a, b in ties), ties


@pytest.mark.parametrize(
    "text",
    [
        "The Zenki Movement tried to join Ahrar al-Sham in 2016, but the talks failed.",
        "The Zenki Movement made several attempts to merge with Ahrar al-Sham.",
        "The Zenki Movement plans to merge into the Syrian National Army next year.",
    ],
)
def test_an_attempt_or_a_plan_to_join_makes_no_allies_yet(relations_found: Any, text: str) -> None:
    ties = _ties(relations_found, text)
    assert not any(k in ("allied", "member_of") for k, a, b in ties), ties
