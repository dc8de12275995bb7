"""Sides a tie names through a description or a list: "X is a group that fights Y" (the
relative clause on a predicate noun is X's: extract/verbsubjects.described_name,
relsubjects.relative_antecedent), "a campaign against X and Y" (each listed side is fought:
extract/fightcues.py). Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 5, 1)


def _plain(text: str, relations_found: Any) -> set[tuple[str, str, str]]:
    return {
        (kind, source, target)
        for kind, source, target, certainty in relations_found(text, PUBLISHED)
        if certainty in ("asserted", "attributed")
    }


@pytest.mark.parametrize(
    ("text", "ties"),
    [
        # a relative clause on the noun that describes a named subject
        (
            (
                "The Islamic State is a jihadist group that has been fighting the Syrian government "
                "since 2013."
            ),
            {("fights", "ISIS", "SYR_GOV")},
        ),
        (
            "Hezbollah is a Shiite movement that backs the Syrian government.",
            {("backs", "HEZBOLLAH", "SYR_GOV")},
        ),
        ("The Houthis are a Zaydi movement that is backed by Iran.", {("backs", "IRN", "HOUTHIS")}),
        (
            "Kataib Hezbollah is a militia that receives weapons from Iran.",
            {("backs", "IRN", "KATAIB_HEZBOLLAH")},
        ),
        # each side listed after "against" is fought
        (
            "The Kurdish YPG waged a campaign against the Islamic State and the Nusra Front in 2015.",
            {("fights", "YPG", "ISIS"), ("fights", "YPG", "JABHAT_AL_NUSRA")},
        ),
        (
            (
                "Jaish al-Fatah has waged a battle against the Syrian army and the National Defence "
                "Forces near Aleppo."
            ),
            {("fights", "JAISH_AL_FATAH", "SYR_MIL"), ("fights", "JAISH_AL_FATAH", "NDF")},
        ),
        (
            (
                "Ahrar al-Sham buried its commanders on Friday. It says it is fighting against Syrian "
                "government forces and the Islamic State."
            ),
            {("fights", "AHRAR_AL_SHAM", "SYR_MIL"), ("fights", "AHRAR_AL_SHAM", "ISIS")},
        ),
    ],
)
def test_a_described_or_listed_side_takes_the_tie(
    text: str, ties: set[tuple[str, str, str]], relations_found: Any
) -> None:
    assert ties <= _plain(text, relations_found)


@pytest.mark.parametrize(
    "text",
    [
        "Kataib Hezbollah is a militia that receives weapons from Iran.",
        "The Houthis are a Zaydi movement that is backed by Iran.",
    ],
)
def test_the_describing_class_is_no_side(text: str, relations_found: Any) -> None:
    found = _plain(text, relations_found)
    assert not {t for t in found if t[1].startswith("GEN_") or t[2].startswith("GEN_") or "" in t}


def test_a_class_described_by_a_clause_stays_unnamed(relations_found: Any) -> None:
    # the subject is a class, not a name: no side is read into the clause
    assert not _plain("Syrian rebels are fighters that oppose the government.", relations_found)
