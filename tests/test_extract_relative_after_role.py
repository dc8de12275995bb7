"""A relative clause after "a <role> of Y" tells of Y: "Hamas is an ally of Iran, which arms
Hezbollah" gives the arming to Iran, not to Hamas. The parser hangs the clause on the role
noun (ally, enemy, proxy, partner), and the description of the subject gave the clause's deed
to the subject (extract/relatives.py, verbsubjects.described_name). Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "published", "tie", "not_tie"),
    [
        ("Hamas is an ally of Iran, which arms Hezbollah.", dt.date(2016, 5, 1),
         ("backs", "IRN", "HEZBOLLAH"), ("backs", "HAMAS", "HEZBOLLAH")),
        ("Asaib Ahl al-Haq is an enemy of the United States, which keeps troops in Iraq to train the Iraqi army.", dt.date(2020, 1, 4),
         ("backs", "USA", "IRQ_MIL"), ("backs", "ASAIB_AHL_AL_HAQ", "IRQ_MIL")),
        ("The Houthis are a proxy of Iran, which supplies Hezbollah with missiles.", dt.date(2018, 1, 1),
         ("backs", "IRN", "HEZBOLLAH"), ("backs", "HOUTHIS", "HEZBOLLAH")),
        ("The YPG is a partner of the United States, which arms the Syrian Democratic Forces.", dt.date(2017, 6, 1),
         ("backs", "USA", "SDF"), ("backs", "YPG", "SDF")),
    ],
)  # fmt: skip
def test_the_clause_tells_of_the_side_the_role_is_towards(
    relations_found: Any,
    text: str,
    published: dt.date,
    tie: tuple[str, str, str],
    not_tie: tuple[str, str, str],
) -> None:
    ties = {(k, s, t) for k, s, t, _c in relations_found(text, published)}
    assert tie in ties
    assert not_tie not in ties


def test_a_description_of_the_subject_still_tells_of_the_subject(relations_found: Any) -> None:
    """ "an alliance of militias battling IS": the alliance (the subject) battles IS."""
    ties = relations_found(
        "The SDF is an alliance of militias battling the Islamic State.", dt.date(2016, 5, 1)
    )
    assert ("fights", "SDF", "ISIS") in {(k, s, t) for k, s, t, _c in ties}
