"""A war one is held in (extract/atwar.py): "X is locked in a war with Y", "embroiled in a
conflict with Y" -> X fights Y; not a power struggle nor a deed's setting. Sentences
written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2019, 5, 1)


def _fights(text: str, relations_found: Any) -> set[tuple[str, str]]:
    found = relations_found(text, PUBLISHED)
    return {(s, t) for k, s, t, certainty in found if k == "fights" and certainty == "asserted"}


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("Ankara has been locked in a war with the PKK since 1984.", ("TUR", "PKK")),
        ("The Houthis are embroiled in a conflict with the Saudi-led coalition.", ("HOUTHIS", "SAUDI_COALITION")),
        ("Al-Shabaab remains engaged in a long insurgency with the Somali government.", ("AL_SHABAAB", "SOM_GOV")),
        ("Hezbollah was mired in a costly battle with Israel in 2006.", ("HEZBOLLAH", "ISR")),
    ],
)
def test_a_war_a_side_is_held_in_is_a_fight(
    text: str, tie: tuple[str, str], relations_found: Any
) -> None:
    fights = _fights(text, relations_found)
    assert tie in fights or tie[::-1] in fights, fights


@pytest.mark.parametrize(
    "text",
    [
        "The Iraqi prime minister is locked in a power struggle with the parliament.",
        "Turkey played a role in the war with the Islamic State in the talks.",
    ],
)
def test_no_fight_from_a_struggle_of_words_or_a_role(text: str, relations_found: Any) -> None:
    fights = _fights(text, relations_found)
    assert not any("IRQ" in s or s == "TUR" for s, _ in fights), fights
