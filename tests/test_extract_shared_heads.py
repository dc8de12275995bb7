"""Sides acting together that one phrase names: the owners of one force noun, a deed's enemy
named by its aim or by a "from" the parser hung on the place taken, "those of Y" in a list,
and a list item the parser left as an apposition.

- "Iraqi and Kurdish troops retook T from Z": each owner is a side, read with the noun it
  shares when that makes it another side ("Kurdish troops", not the Kurds); the sides are
  allies and each fights Z (extract/sharedheads.py).
- "X and Y are fighting to oust Z": the object of the hostile aim is the deed's enemy, not
  the object of a protective one ("fighting to defend T") (coalitions.enemy_of).
- "X and Y took a key town from Z": "from" on the place taken names the enemy.
- "X and those of Y attacked T": the pronoun stands for Y's men (sidelists.coordinated_actors).
- "X and some Y factions, Z units from Iraq, and W began ...": Z is an item of the list of
  doers, not a faction of Y (sidelists.lists_on, alliancecues.membership_pairs).
Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import plain_ties, tied

PUBLISHED = dt.date(2016, 6, 1)


def _ties(
    relations_found: Any, text: str, published: dt.date = PUBLISHED
) -> set[tuple[str, str, str]]:
    return plain_ties(relations_found, text, published)


# (sentence, publication date, allies, their common enemy)
_SHARED_NOUN = [
    (
        "Iraqi and Kurdish troops recaptured the hilltop village from Islamic State fighters on Sunday.",
        PUBLISHED,
        ("IRQ", "PESHMERGA"),
        "ISIS",
    ),
    (
        "Ethiopian and Eritrean soldiers ambushed Tigrayan fighters near the border.",
        dt.date(2021, 3, 1),
        ("ETH", "ERI_MIL"),
        "TDF",
    ),
    (
        "Ugandan and Somali troops are battling to drive al-Shabab out of the river valley.",
        dt.date(2015, 6, 1),
        ("UGA", "SOM_MIL"),
        "AL_SHABAAB",
    ),
    (
        "Kenyan and Somali troops took a key coastal town from militant group al-Shabab on Friday.",
        dt.date(2015, 6, 1),
        ("KEN", "SOM_MIL"),
        "AL_SHABAAB",
    ),
]


@pytest.mark.parametrize(("text", "published", "allies", "enemy"), _SHARED_NOUN)
def test_owners_of_one_force_noun_are_allies_and_each_fights_the_enemy(
    relations_found: Any, text: str, published: dt.date, allies: tuple[str, str], enemy: str
) -> None:
    ties = _ties(relations_found, text, published)
    assert tied(ties, "allied", *allies)
    for side in allies:
        assert tied(ties, "fights", side, enemy)


def test_every_owner_of_a_longer_list_is_a_side(relations_found: Any) -> None:
    text = "Burundian, Ugandan and Somali troops are battling to drive al-Shabab out of the river valley."
    ties = _ties(relations_found, text, dt.date(2015, 6, 1))
    sides = ("BDI", "UGA", "SOM_MIL")
    assert all(tied(ties, "fights", side, "AL_SHABAAB") for side in sides)
    assert tied(ties, "allied", "BDI", "SOM_MIL")


def test_owners_of_a_passive_deeds_agent_are_allies(relations_found: Any) -> None:
    text = "The militants' camp was overrun by Chadian and Nigerien troops on Friday."
    assert tied(_ties(relations_found, text, dt.date(2015, 6, 1)), "allied", "TCD", "NER_MIL")


@pytest.mark.parametrize(
    "text",
    [
        "Russian or Syrian jets bombed the market.",  # alternatives
        "Government troops shelled Kurdish and Arab positions overnight.",  # owners of a target
        "Turkish and Syrian rebel forces launched an assault on Kurdish militia positions.",
    ],
)
def test_owners_that_are_no_joint_doers_or_no_army_give_no_alliance_of_their_own(
    relations_found: Any, text: str
) -> None:
    ties = _ties(relations_found, text)
    assert not any(k == "allied" and {"RUS_AIRFORCE", "SYR_AIRFORCE"} & {a, b} for k, a, b in ties)
    assert not any(k == "allied" and "GEN_ARABS" in (a, b) for k, a, b in ties)
    assert not any("SYR_MIL" in (a, b) for _, a, b in ties)  # "Syrian rebel forces" are no army


def test_the_aim_a_joint_fight_is_for_names_the_enemy_only_when_hostile(
    relations_found: Any,
) -> None:
    ousting = "Ugandan and Somali troops are battling to drive al-Shabab out of the river valley."
    assert tied(_ties(relations_found, ousting, dt.date(2015, 6, 1)), "fights", "UGA", "AL_SHABAAB")
    guarding = "The army and Hezbollah are fighting to protect the government of Bashar al-Assad."
    assert not any(k == "fights" for k, _, _ in _ties(relations_found, guarding))


def test_from_hung_on_the_place_taken_names_the_enemy(relations_found: Any) -> None:
    text = "The army and the Hezbollah militia captured a key hilltop from Nusra Front fighters."
    assert tied(_ties(relations_found, text), "fights", "HEZBOLLAH", "JABHAT_AL_NUSRA")


def test_those_of_a_side_in_a_list_of_doers_are_its_men(relations_found: Any) -> None:
    text = "Syrian soldiers and those of the Hezbollah militia attacked rebel positions east of the city."
    ties = _ties(relations_found, text)
    assert tied(ties, "allied", "SYR_MIL", "HEZBOLLAH")
    assert tied(ties, "fights", "HEZBOLLAH", "GEN_REBELS")


@pytest.mark.parametrize(
    "text",
    [
        (
            "The YPG militia and a few Free Syrian Army factions, Peshmerga of the Kurdistan"
            " Regional Government, and US jets began to retake the border town."
        ),
        (
            "Kurdish YPG fighters and several Free Syrian Army factions, Peshmerga from Iraqi"
            " Kurdistan, and coalition jets began to drive Islamic State from the town."
        ),
        (
            "The Kurdish YPG and some Free Syrian Army units, Peshmerga of the Kurdistan Regional"
            " Government, and coalition airstrikes began to retake the border town."
        ),
    ],
)
def test_a_list_item_left_as_an_apposition_is_a_doer_not_a_faction(
    relations_found: Any, text: str
) -> None:
    ties = _ties(relations_found, text, dt.date(2015, 1, 20))
    assert not any(k == "member_of" and a == "PESHMERGA" for k, a, _ in ties)
    assert tied(ties, "allied", "YPG", "PESHMERGA")
