"""One doer's two stands in one clause: "X fights alongside A and against B", "X, fighting
alongside A but against B" -> X allied with A, X fights B; A is not said to fight B
(extract/fightcues.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.pipeline import process_texts

PUBLISHED = dt.date(2017, 5, 2)


def _ties(text: str) -> set[tuple[str, str, str]]:
    (result,) = process_texts([text], dates=[PUBLISHED])
    plain = ("asserted", "attributed")
    return {
        (r.kind, r.source_actor, r.target_actor)
        for r in result.relations
        if r.claim.certainty in plain and r.kind in ("fights", "allied")
    }


@pytest.mark.parametrize(
    ("text", "ally", "enemy"),
    [
        (
            ("Hezbollah fought alongside the Syrian army and against rebel factions "
            "in Qusayr for weeks."),
            ("HEZBOLLAH", "SYR_MIL"),
            ("HEZBOLLAH", "GEN_REBELS"),
        ),
        (
            ("The YPG, fighting alongside Russia but against Turkey, kept its grip on "
            "Tal Rifaat."),
            ("YPG", "RUS"),
            ("YPG", "TUR"),
        ),
        (
            ("The YPG, which battles alongside the United States but against Turkey, "
            "still holds Manbij."),
            ("YPG", "USA"),
            ("YPG", "TUR"),
        ),
        (
            ("The Badr Organization has fought alongside the Iraqi army, and against the Islamic "
            "State, since 2014."),
            ("BADR", "IRQ_MIL"),
            ("BADR", "ISIS"),
        ),
    ],
)
def test_one_doer_fights_beside_one_side_and_against_another(text, ally, enemy):
    ties = _ties(text)
    assert ("allied", *ally) in ties
    assert ("fights", *enemy) in ties


@pytest.mark.parametrize(
    ("text", "partner", "enemy"),
    [
        ("The YPG, fighting alongside Russia but against Turkey, holds Tal Rifaat.", "RUS", "TUR"),
        ("The YPG, which battles alongside the United States but against Turkey, holds Manbij.", "USA", "TUR"),
    ],
)
def test_the_partner_of_a_set_stand_is_not_said_to_fight_the_enemy(text, partner, enemy):
    assert ("fights", partner, enemy) not in _ties(text)


def test_a_partner_in_one_fight_against_an_enemy_still_fights_it():
    # "alongside W against Y" with no "and"/"but": one fight, W fights Y too
    ties = _ties("Kurdish Peshmerga fought alongside the coalition against the Islamic State near Mosul.")
    assert ("fights", "PESHMERGA", "ISIS") in ties or ("fights", "KRG_PESH", "ISIS") in ties
    assert any(t[0] == "fights" and t[2] == "ISIS" and "COALITION" in t[1] for t in ties)
