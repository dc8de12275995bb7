"""A "whose" names its clause's noun ("the STC, a movement whose fighters took Aden": the
STC's fighters; extract/context.py `_whose_owner`); weapons shipped or transferred to a
side back it (relations.yaml `giving_verbs`). Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.extracted import extract

PUBLISHED = dt.date(2020, 3, 1)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("The Southern Transitional Council, a movement whose fighters drove the government out of Aden in 2019, rejected the deal.", "STC"),
        ("Hezbollah, whose fighters stormed Qusair in 2013, denied the report.", "HEZBOLLAH"),
        ("The Houthis, whose forces seized Sanaa in 2014, rejected the talks.", "HOUTHIS"),
    ],
)
def test_whose_fighters_are_the_named_sides(text: str, doer: str) -> None:
    result = extract(text, PUBLISHED)
    assert any(c.new_controller == doer for c in result.control_changes), result.control_changes


def test_whose_with_no_named_noun_names_no_one() -> None:
    result = extract("The villages whose residents fled were shelled by government troops.", PUBLISHED)
    assert not any(e.source_actor.startswith("GEN_RESIDENTS") for e in result.events)


@pytest.mark.parametrize(
    ("text", "giver", "taker"),
    [
        ("Iran shipped rockets and drones to the Houthis last year.", "IRN", "HOUTHIS"),
        ("Turkey transferred armed drones to the Government of National Accord.", "TUR", "GNA"),
        ("The United Arab Emirates shipped weapons to the Libyan National Army.", "ARE", "LNA"),
    ],
)
def test_weapons_shipped_to_a_side_back_it(
    text: str, giver: str, taker: str, relations_found: Any
) -> None:
    found = {(k, s, t) for k, s, t, _ in relations_found(text, PUBLISHED)}
    assert ("backs", giver, taker) in found, found
