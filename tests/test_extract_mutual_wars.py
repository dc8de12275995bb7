"""Subjects who wage a war on no enemy named wage it on each other: "Saudi Arabia and Iran
have waged proxy wars" makes them enemies, not allies (extract/coalitions.py,
``mutual_war_nouns``); a war on an enemy named ("waged war on Z") still makes its doers
allies, and a war of words is no war. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import plain_ties, tied

PUBLISHED = dt.date(2019, 9, 20)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Saudi Arabia and Iran have waged proxy wars across the region for years.", "SAU", "IRN"),
        (
            "Iran and Iraq fought a war from 1980 to 1988 that killed hundreds of thousands.",
            "IRN",
            "IRQ",
        ),
        ("Ethiopia and Eritrea fought a border war between 1998 and 2000.", "ETH", "ERI"),
        (
            "Israel and Hezbollah fought a devastating war in the summer of 2006.",
            "ISR",
            "HEZBOLLAH",
        ),
    ],
)
def test_a_war_waged_on_no_enemy_named_is_a_war_between_its_subjects(
    relations_found: Any, text: str, a: str, b: str
) -> None:
    ties = plain_ties(relations_found, text, PUBLISHED)
    assert tied(ties, "fights", a, b)
    assert not tied(ties, "allied", a, b)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "The Iraqi army and the Peshmerga fought a long war against the Islamic State.",
            "IRQ_MIL",
            "PESHMERGA",
        ),
        (
            "Syrian troops and Hezbollah waged war on the rebels around Qusayr.",
            "SYR_MIL",
            "HEZBOLLAH",
        ),
    ],
)
def test_a_war_on_an_enemy_named_is_still_waged_side_by_side(
    relations_found: Any, text: str, a: str, b: str
) -> None:
    ties = plain_ties(relations_found, text, PUBLISHED)
    assert not tied(ties, "fights", a, b)


def test_a_war_of_words_is_no_war(relations_found: Any) -> None:
    ties = plain_ties(
        relations_found, "Turkey and Russia fought a war of words over the downed jet.", PUBLISHED
    )
    assert not tied(ties, "fights", "TUR", "RUS")
    assert not tied(ties, "allied", "TUR", "RUS")
