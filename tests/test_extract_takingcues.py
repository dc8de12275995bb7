"""Fights told by taking or losing ground that names no place (extract/takingcues.py):
"X recaptured dozens of villages from Y", "X reclaimed 3,000 square kilometers from Y",
"X lost the town to Y"; and hostile phrases with "with" ("traded fire with Y", "faced off
with Y", "locked in battle with Y", "X's firefight with Y"); two sides named together as
held in one combat ("X and Y are locked in fierce fighting"). Handing over ("took over from") and taking things from no armed
side tie no one. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2022, 9, 11)


@pytest.mark.parametrize(
    ("text", "fighter", "enemy"),
    [
        (
            "Ukraine has reclaimed about 3,000 square kilometers from Russian forces this month.",
            "UKR",
            "RUS_MIL",
        ),
        (
            "YPG fighters recaptured dozens of villages from the Islamic State last week.",
            "YPG",
            "ISIS",
        ),
        (
            "Somali troops continue to seize ground from al-Shabaab in the Hiran region.",
            "SOM_MIL",
            "AL_SHABAAB",
        ),
        ("The Syrian army lost the town to Turkish-backed rebels last week.", "SNA", "SYR_MIL"),
        (
            "Large swaths of farmland were taken from the Taliban by Afghan commandos.",
            "AFG_COMMANDOS",
            "TALIBAN",
        ),
    ],
)
def test_ground_taken_ties_taker_and_loser(
    relations_found: Any, text: str, fighter: str, enemy: str
) -> None:
    found = relations_found(text, PUBLISHED)
    assert ("fights", fighter, enemy) in {(k, a, b) for k, a, b, c in found if c == "asserted"}


@pytest.mark.parametrize(
    "text",
    [
        "The new commander took over from General Smith on Monday.",
        "Ukraine has taken delivery of more howitzers from the United States.",
        "Ukraine took delivery from the United States of more howitzers.",
        "The Kurdish forces took their cue from the Americans.",
        "The statement said the rebels took orders from the U.S.-led coalition.",
        # an idiom of control's lists takes no ground either (as control reads it)
        "Ukrainian forces seized the initiative from Russian forces in the south.",
        "Kurdish fighters took part from the start alongside the Iraqi army.",
        # ground or goods taken "from" no armed side: a source, civilians, an aid agency
        "The army seized dozens of villages from the Syrian Observatory for Human Rights.",
        "Troops took the hills from the civilians, state media said.",
        "Militants seized several warehouses from the Red Cross near the border.",
    ],
)
def test_handing_over_and_deliveries_tie_no_one(relations_found: Any, text: str) -> None:
    assert not {t for t in relations_found(text, PUBLISHED) if t[0] == "fights"}


@pytest.mark.parametrize(
    ("text", "fighter", "enemy"),
    [
        (
            "Israeli troops traded fire with Hezbollah fighters along the border.",
            "ISR_MIL",
            "HEZBOLLAH",
        ),
        ("Turkish troops exchanged fire with Kurdish YPG fighters near Afrin.", "TUR_MIL", "YPG"),
        (
            "Israeli forces faced off with Hezbollah across the Lebanese border.",
            "ISR_MIL",
            "HEZBOLLAH",
        ),
        (
            "The Houthis have been locked in battle with Saudi-led coalition forces for years.",
            "HOUTHIS",
            "SAUDI_COALITION",
        ),
        ("The YPG's firefight with Turkish-backed rebels lasted hours.", "YPG", "SNA"),
    ],
)
def test_hostile_phrases_with_with(
    relations_found: Any, text: str, fighter: str, enemy: str
) -> None:
    found = relations_found(text, PUBLISHED)
    assert ("fights", fighter, enemy) in {(k, a, b) for k, a, b, c in found if c == "asserted"}


def test_a_battle_talked_about_is_not_the_speakers_fight(relations_found: Any) -> None:
    found = relations_found(
        "Moscow hosted talks with Ankara about the firefight with Hezbollah.", PUBLISHED
    )
    assert not {t for t in found if t[0] == "fights" and t[1] in ("RUS", "TUR")}


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Rebel factions and regime troops near Hama are locked in a long round of tit-for-tat attacks.",
            [{"GEN_REBELS", "SYR_MIL"}],
        ),
        (
            "Rebels and Syrian government troops have been locked in fierce fighting around the airport.",
            [{"GEN_REBELS", "SYR_MIL"}],
        ),
        (
            "Houthi fighters and Saudi-backed government forces in Yemen were engaged in heavy clashes.",
            [{"HOUTHIS", "YEM_MIL"}],
        ),
        (
            "Al-Shabaab and Somali troops have been embroiled in a bitter war for years.",
            [{"AL_SHABAAB", "SOM_MIL"}],
        ),
    ],
)
def test_sides_held_in_one_combat_fight_each_other(
    relations_found: Any, text: str, pairs: list[set[str]]
) -> None:
    found = [{a, b} for k, a, b, c in relations_found(text, PUBLISHED) if k == "fights" and c == "asserted"]
    for pair in pairs:
        assert pair in found


@pytest.mark.parametrize(
    "text",
    [
        "The two governments were engaged in talks about a truce.",
        "Turkey and Russia remain locked in negotiations over the pipeline.",
    ],
)
def test_sides_held_in_talks_do_not_fight(relations_found: Any, text: str) -> None:
    assert not {t for t in relations_found(text, PUBLISHED) if t[0] == "fights"}


def test_a_backer_fused_to_the_backed_is_no_side_held_in_combat(relations_found: Any) -> None:
    text = "Taliban fighters and Pakistan-backed militias remain locked in battle for the city."
    assert not {t for t in relations_found(text, PUBLISHED) if t[0] == "fights" and "PAK" in t}
