"""Ties told in analytic prose (sentences written for these tests): members a class counts
"among them" after the words that tie the class (extract/amongthem.py), a clause told the
other way round, "Fighting beside X were Y" (extract/invertedclauses.py), an "against" the
parser hangs inside the ground a force pushes down (extract/advancepaths.py), ground a side
still holds pressed by another (extract/clearingcues.py), strikes ahead of another side's
advance (extract/accompanied.py) and "the attackers" standing for the doers of the attack
told before (extract/deeddoers.py); each with a near miss where it must not fire."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import plain_ties, tied

_DAY = dt.date(2018, 3, 1)


def _ties(relations_found: Any, text: str) -> set[tuple[str, str, str]]:
    return plain_ties(relations_found, text, _DAY)


# --- "among them" after the participle that ties the class ---


@pytest.mark.parametrize(
    ("text", "backer", "members"),
    [
        (
            ("Militias raised and paid by Iran, among them Kataib Hezbollah and the Nujaba "
            "movement, shelled rebel positions near Aleppo."),
            "IRN",
            ("KATAIB_HEZBOLLAH", "NUJABA"),
        ),
        (
            ("The offensive relied on militias funded by Tehran, among them Hezbollah and the "
            "Fatemiyoun."),
            "IRN",
            ("HEZBOLLAH", "FATEMIYOUN"),
        ),
        (
            ("Fighting beside the Syrian troops were militias raised and paid by Iran, among them "
            "Hezbollah and the Afghan volunteers of the Fatemiyoun brigade."),
            "IRN",
            ("HEZBOLLAH", "FATEMIYOUN"),
        ),
    ],
)
def test_the_members_listed_after_among_them_are_backed(
    relations_found: Any, text: str, backer: str, members: tuple[str, ...]
) -> None:
    ties = _ties(relations_found, text)
    for member in members:
        assert ("backs", backer, member) in ties, ties


@pytest.mark.parametrize(
    "text",
    [
        "Militias paid by Iran, among them hundreds of teenagers, fought near Palmyra.",
        "Militias paid by Iran fought near Palmyra, among them some who had fought Hezbollah.",
    ],
)
def test_a_list_naming_no_group_backs_no_named_member(relations_found: Any, text: str) -> None:
    ties = _ties(relations_found, text)
    assert not any(k == "backs" and not b.startswith("GEN_") for k, a, b in ties), ties


# --- a clause told the other way round ---


@pytest.mark.parametrize(
    ("text", "ally", "side"),
    [
        ("Fighting alongside the Syrian army were Hezbollah units.", "HEZBOLLAH", "SYR_MIL"),
        (
            "Battling alongside government troops near Hama were fighters of Hezbollah.",
            "HEZBOLLAH",
            "SYR_MIL",
        ),
        (
            ("Fighting beside the Syrian troops were militias raised and paid by Iran, among them "
            "Hezbollah and the Afghan volunteers of the Fatemiyoun brigade."),
            "FATEMIYOUN",
            "SYR_MIL",
        ),
        ("Alongside the Kurdish fighters fought American special forces.", "USA_MIL", "GEN_KURDISH_FORCES"),
    ],
)
def test_the_doer_after_were_is_the_ally_not_an_enemy(
    relations_found: Any, text: str, ally: str, side: str
) -> None:
    ties = _ties(relations_found, text)
    assert tied(ties, "allied", ally, side), ties
    assert not any(k == "fights" and {a, b} == {ally, side} for k, a, b in ties), ties


def test_fighting_against_told_the_other_way_round_is_a_fight(relations_found: Any) -> None:
    text = "Fighting against the Syrian army were rebels of the Free Syrian Army."
    ties = _ties(relations_found, text)
    assert tied(ties, "fights", "FSA", "SYR_MIL"), ties
    assert not any(k == "allied" for k, _a, _b in ties), ties


# --- "against" inside the ground a force pushes down; a pronoun doer ---


@pytest.mark.parametrize(
    ("text", "fighter"),
    [
        ("The SDF pushed down the eastern bank of the river against the Islamic State.", "SDF"),
        (
            ("American advisers travelled with the SDF as it pushed down the bank of the Euphrates "
            "against the Islamic State."),
            "SDF",
        ),
        ("Iraqi troops advanced along the edge of the desert against the Islamic State.", "IRQ_MIL"),
    ],
)
def test_an_advance_against_a_side_fights_it(relations_found: Any, text: str, fighter: str) -> None:
    assert tied(_ties(relations_found, text), "fights", fighter, "ISIS")


def test_an_advance_against_the_wishes_of_a_state_fights_no_one(relations_found: Any) -> None:
    text = "The army pushed into the outskirts of the town against the wishes of Russia."
    assert not any(k == "fights" for k, _a, _b in _ties(relations_found, text))


# --- ground a side holds, pressed ---


@pytest.mark.parametrize(
    ("text", "fighter", "enemy"),
    [
        ("The Iraqi army pressed the last Islamic State holdouts near Hit.", "IRQ_MIL", "ISIS"),
        (
            "Kurdish fighters pressed the remaining pockets of the Islamic State east of the river.",
            "GEN_KURDISH_FORCES",
            "ISIS",
        ),
        ("Government troops squeezed the last rebel pockets in the south.", "GEN_GOV_FORCES", "GEN_REBELS"),
    ],
)
def test_pressing_the_ground_a_side_holds_fights_it(
    relations_found: Any, text: str, fighter: str, enemy: str
) -> None:
    assert tied(_ties(relations_found, text), "fights", fighter, enemy)


def test_pressing_a_government_for_talks_is_no_fight(relations_found: Any) -> None:
    text = "Turkish officials pressed the government for talks."
    assert not any(k == "fights" for k, _a, _b in _ties(relations_found, text))


# --- strikes ahead of another side's advance ---


@pytest.mark.parametrize(
    ("text", "striker", "advancer"),
    [
        ("Coalition jets struck Islamic State positions near Raqqa ahead of the SDF's advance.", "US_COALITION", "SDF"),
        (
            ("The SDF pushed east along the river, and coalition aircraft pounded Islamic State "
            "positions ahead of the advance."),
            "US_COALITION",
            "SDF",
        ),
        ("Russian warplanes bombed rebel lines to clear the way for the Syrian army.", "RUS_AIRFORCE", "SYR_MIL"),
    ],
)
def test_striking_ahead_of_an_advance_backs_the_advancing_side(
    relations_found: Any, text: str, striker: str, advancer: str
) -> None:
    assert ("backs", striker, advancer) in _ties(relations_found, text)


@pytest.mark.parametrize(
    "text",
    [
        "The army shelled the town ahead of its advance.",
        "Coalition jets struck Islamic State targets ahead of the elections.",
    ],
)
def test_striking_ahead_of_ones_own_advance_or_no_advance_backs_no_one(
    relations_found: Any, text: str
) -> None:
    assert not any(k == "backs" for k, _a, _b in _ties(relations_found, text))


# --- "the attackers": the doers of the attack told before ---


@pytest.mark.parametrize(
    ("text", "side", "attackers"),
    [
        ("Rebels stormed an army base near Hama. Syrian troops fought the attackers for hours.", "SYR_MIL", "GEN_REBELS"),
        (
            ("Islamic State militants attacked a checkpoint near Hasakah. SDF fighters "
            "battled the assailants until dawn."),
            "SDF",
            "ISIS",
        ),
    ],
)
def test_the_attackers_are_the_doers_of_the_attack_before(
    relations_found: Any, text: str, side: str, attackers: str
) -> None:
    assert tied(_ties(relations_found, text), "fights", side, attackers)


def test_the_attackers_struck_are_not_the_strikers(events_found: Any) -> None:
    text = (
        "Islamic State militants raided a Kurdish outpost near Hasakah before dawn, and "
        "coalition jets struck the attackers as they withdrew."
    )
    strikes = [e for e in events_found(text, _DAY) if e.trigger == "struck"]
    assert strikes and all(e.target_actor == "ISIS" for e in strikes), strikes


def test_attackers_of_a_deed_told_without_doer_name_no_side(relations_found: Any) -> None:
    text = "A car bomb exploded near the market in Kirkuk; Iraqi police are hunting the attackers."
    assert not any(k == "fights" for k, _a, _b in _ties(relations_found, text))


# --- a toll told by another doer's answer (extract/triggergroups.py) ---


@pytest.mark.parametrize(
    ("text", "answerers", "attackers"),
    [
        (
            ("Rebel fighters stormed an army checkpoint outside Homs on Monday, and Russian jets "
            "answered, killing dozens of the attackers."),
            frozenset({"RUS_AIRFORCE", "RUS_MIL", "RUS"}),
            "GEN_REBELS",
        ),
        (
            ("Islamic State fighters overran a Kurdish post near Hasakah, and American "
            "helicopters responded, killing at least 20 of the attackers."),
            frozenset({"USA_AIRFORCE", "USA_MIL", "USA"}),
            "ISIS",
        ),
        (
            ("Fighters, Wagner contractors among them, attacked an SDF base near Deir ez-Zor, "
            "and American artillery answered, killing scores of the attackers."),
            frozenset({"USA_MIL", "USA_ARMY", "USA"}),
            "WAGNER",
        ),
    ],
)
def test_an_answer_killing_the_attackers_fights_them(
    relations_found: Any, text: str, answerers: frozenset[str], attackers: str
) -> None:
    ties = _ties(relations_found, text)
    assert any(
        k == "fights" and {a, b} & answerers and attackers in (a, b) for k, a, b in ties
    ), ties


@pytest.mark.parametrize(
    "text",
    [
        "Jets bombed the town on Sunday, killing 14 people.",
        "Officials condemned an airstrike in the province that killed more than 40 people.",
        "Militants raided a checkpoint near Kidal, killing 5 soldiers; 7 attackers were also killed.",
    ],
)
def test_a_toll_of_the_act_itself_stays_one_act(events_found: Any, text: str) -> None:
    assaults = [e for e in events_found(text, _DAY) if e.type == "ASSAULT"]
    assert len(assaults) == 1, assaults
