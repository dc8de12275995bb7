"""A fight told by the partner it is fought beside names no enemy (extract/filledends.py):
the side the context offers is no tie. And an object pronoun in an adjunct set before its
main clause stands for that clause's subject (extract/frontedrefs.py): "With X fighting
beside them, Y advanced" makes X and Y allies. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import plain_ties, tied

PUBLISHED = dt.date(2020, 3, 1)


@pytest.mark.parametrize(
    "text",
    [
        "After Moscow dispatched contractors to fight beside them, the Libyan National Army pressed its assault on the capital.",
        "With Russian mercenaries fighting alongside them, Haftar's forces advanced on Tripoli.",
        "Turkish artillery shelled Hezbollah units, which have long fought beside Syrian troops near Idlib.",
    ],
)
def test_a_fight_beside_a_partner_fights_no_one_the_context_offers(relations_found: Any, text: str) -> None:
    ties = plain_ties(relations_found, text, PUBLISHED)
    assert not tied(ties, "fights", "RUS_MIL", "LNA")
    assert not tied(ties, "fights", "WAGNER", "LBY")
    assert not tied(ties, "fights", "SYR_MIL", "TUR_AIRFORCE")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("With Russian mercenaries fighting alongside them, Haftar's forces advanced on Tripoli.", ("WAGNER", "LNA")),
        (
            "With Hezbollah units fighting beside them, Syrian troops advanced into the Qalamoun hills.",
            ("HEZBOLLAH", "SYR_MIL"),
        ),
    ],
)
def test_a_pronoun_in_a_fronted_adjunct_stands_for_the_later_subject(
    relations_found: Any, text: str, pair: tuple[str, str]
) -> None:
    assert tied(plain_ties(relations_found, text, PUBLISHED), "allied", *pair)


def test_a_pronoun_in_an_adjunct_after_the_subject_is_not_read_so(relations_found: Any) -> None:
    text = "Syrian troops advanced into the hills, with Hezbollah units striking them from the ridges."
    assert not tied(plain_ties(relations_found, text, PUBLISHED), "allied", "HEZBOLLAH", "SYR_MIL")
