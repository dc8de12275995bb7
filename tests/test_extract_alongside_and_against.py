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


@pytest.mark.parametrize(
    ("text", "partner", "shared", "later"),
    [
        (
            ("Hezbollah fought alongside the Syrian army against rebels in Qusayr, and later "
            "against the Islamic State in Qalamoun."),
            "SYR_MIL", "GEN_REBELS", "ISIS",
        ),
        (
            ("The Badr Organization fought alongside the Iraqi army against the Islamic State in "
            "Tikrit, and then against Kurdish forces in Kirkuk."),
            "IRQ_MIL", "ISIS", "GEN_KURDISH_FORCES",
        ),
        (
            ("Iranian militias fought beside the Syrian army against the rebels near Aleppo, and "
            "later against the Islamic State near Palmyra."),
            "SYR_MIL", "GEN_REBELS", "ISIS",
        ),
    ],
)
def test_the_partner_fights_the_enemy_told_before_the_and_not_the_later_one(text, partner, shared, later):
    ties = _ties(text)
    assert ("fights", partner, shared) in ties
    assert ("fights", partner, later) not in ties


def test_a_later_stand_with_no_shared_enemy_before_it_is_still_set_apart():
    ties = _ties("The Peshmerga fought alongside the coalition, but later against the Iraqi army near Kirkuk.")
    assert not {t for t in ties if t[0] == "fights" and t[2] == "IRQ_MIL" and "COALITION" in t[1]}
