"""Backing told by money that reaches a side ("Qatari money reached X", "Saudi cash flowed
to X": extract/receivedarms.py), by a payroll ("Y is on X's payroll", "X put Y on its
payroll": extract/payrolls.py), and by a relative clause whose "that" the tagger reads as a
preposition ("the forces that X had armed": extract/verbalbacking.py). Sentences written
for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2017, 10, 20)


def _backs(relations_found: Any, text: str) -> set[tuple[str, str]]:
    return {(a, b) for k, a, b, c in relations_found(text, PUBLISHED) if k == "backs" and c in ("asserted", "attributed")}


@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        ("By 2013 Qatari money was reaching the Nusra Front through middlemen.", "QAT", "JABHAT_AL_NUSRA"),
        ("Saudi money flowed to Jaysh al-Islam for years, opposition sources said.", "SAU", "JAYSH_AL_ISLAM"),
        ("Iranian cash reached Kataib Hezbollah despite the sanctions.", "IRN", "KATAIB_HEZBOLLAH"),
    ],
)
def test_money_named_for_a_state_backs_the_side_it_reaches(relations_found, text, giver, receiver):
    assert (giver, receiver) in _backs(relations_found, text)


@pytest.mark.parametrize(
    "text",
    [
        "Qatari money reached Beirut's banks on Monday.",  # a city, not a side
        "American weapons reached the Islamic State after the army fled Mosul.",  # arms, maybe captured
    ],
)
def test_money_reaching_a_place_and_arms_reaching_an_enemy_back_no_one(relations_found, text):
    backs = _backs(relations_found, text)
    assert not any(b in ("LBN", "LBN_GOV", "ISIS") for _a, b in backs)


@pytest.mark.parametrize(
    ("text", "payer", "paid"),
    [
        ("The Sinjar Resistance Units were put on the PMF's payroll in 2017.", "PMF", "YBS"),
        ("Kataib Hezbollah has long been on Iran's payroll.", "IRN", "KATAIB_HEZBOLLAH"),
        ("The Iraqi government put the Sinjar Resistance Units on its payroll last year.", "IRQ_GOV", "YBS"),
    ],
)
def test_the_owner_of_a_payroll_backs_who_is_on_it(relations_found, text, payer, paid):
    assert (payer, paid) in _backs(relations_found, text)


def test_a_side_said_not_to_be_on_a_payroll_is_not_backed(relations_found):
    text = "The Sinjar Resistance Units are not on the PMF's payroll, a commander insisted."
    assert ("PMF", "YBS") not in _backs(relations_found, text)


@pytest.mark.parametrize(
    ("text", "backer", "backed"),
    [
        ("Turkish tanks rolled in after the pullout, facing the Syrian Democratic Forces that America had trained.", "USA", "SDF"),
        ("Hezbollah, a movement that Iran has funded since the 1980s, sent fighters to Qusayr.", "IRN", "HEZBOLLAH"),
    ],
)
def test_a_relative_clause_with_that_backs_its_antecedent(relations_found, text, backer, backed):
    assert (backer, backed) in _backs(relations_found, text)


@pytest.mark.parametrize(
    "text",
    [
        # taken off, removed or dropped from a payroll: no longer paid, no backing
        "Tehran kicked Kataib Hezbollah off its payroll in 2019, two officials said.",
        "The PMF removed the Badr Organization from its payrolls after the election.",
        "Baghdad dropped the Sinjar Resistance Units from the PMF payroll after the referendum.",
    ],
)
def test_a_side_taken_off_a_payroll_is_not_backed(relations_found, text):
    assert not any(k == "backs" for k, *_rest in relations_found(text, PUBLISHED))


@pytest.mark.parametrize(
    ("text", "payer", "paid"),
    [
        ("The PMF added the Sinjar Resistance Units to its payroll in 2017.", "PMF", "YBS"),
        ("Tehran put Kataib Hezbollah onto its payroll years ago.", "IRN", "KATAIB_HEZBOLLAH"),
    ],
)
def test_a_side_put_on_or_added_to_a_payroll_is_backed(relations_found, text, payer, paid):
    assert ("backs", payer, paid) in {(k, a, b) for k, a, b, _c in relations_found(text, PUBLISHED)}


@pytest.mark.parametrize(
    "text",
    [
        # the name sits on the oil, or the money was taken from its owner: no gift
        "Syrian oil money flowed to the Islamic State in 2015.",
        "Looted Kuwaiti cash reached the Islamic State through Turkey.",
        "Smuggled Saudi money flowed to al-Qaeda for years.",
    ],
)
def test_money_taken_or_named_by_its_goods_names_no_giver(relations_found, text):
    assert not any(k == "backs" for k, *_rest in relations_found(text, PUBLISHED))


@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        ("Qatari money flowed to the Nusra Front in 2014.", "QAT", "JABHAT_AL_NUSRA"),
        ("Qatari government money reached Hamas last year.", "QAT_GOV", "HAMAS"),
    ],
)
def test_money_named_on_itself_names_its_giver(relations_found, text, giver, receiver):
    assert (giver, receiver) in _backs(relations_found, text)
