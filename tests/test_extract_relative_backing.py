"""Backing told in a relative clause whose verb the small model tags as a noun
(extract/relativebacking.py): "groups that Qatar and Saudi Arabia supply", "the militias,
which Iran funds", "the factions Turkey arms fought ...". Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 5, 1)


def _backs(text: str, relations_found: Any) -> set[tuple[str, str]]:
    found = relations_found(text, PUBLISHED)
    return {(s, t) for kind, s, t, certainty in found if kind == "backs" and certainty == "asserted"}


@pytest.mark.parametrize(
    ("text", "ties"),
    [
        (
            "Insurgent groups that Qatar and Saudi Arabia supply lost two villages near Idlib.",
            {("QAT", "GEN_INSURGENTS"), ("SAU", "GEN_INSURGENTS")},
        ),
        (
            "Rebel groups that Saudi Arabia supplies have fallen back towards the border.",
            {("SAU", "GEN_REBELS")},
        ),
        (
            "The Shiite militias, which Iran funds and trains, moved into the city on Monday.",
            {("IRN", "GEN_SHIITE_MILITIAS")},
        ),
        (
            "Hezbollah, which Iran arms, sent more fighters to the front.",
            {("IRN", "HEZBOLLAH")},
        ),
    ],
)
def test_backers_named_before_a_backing_word_back_the_clauses_noun(
    text: str, ties: set[tuple[str, str]], relations_found: Any
) -> None:
    assert ties <= _backs(text, relations_found)


@pytest.mark.parametrize(
    "text",
    [
        "The weapons that Iran supplies reach the port by sea.",  # the noun is no actor
        "The rebels that Turkey does not arm lost the town.",  # denied
        "Officials in Qatar said supplies had reached the rebels.",  # no relative clause
    ],
)
def test_no_backing_without_an_actor_after_the_pronoun_or_with_a_negation(
    text: str, relations_found: Any
) -> None:
    found = _backs(text, relations_found)
    assert not any(s in ("IRN", "TUR", "QAT") for s, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Russian jets hit rebel groups that Saudi Arabia and Qatar supply, and the Nusra Front fights both the regime and the Kurds.",
        "Syrian warplanes bombed factions that Turkey and Qatar supply, and the Islamic State fights both the regime and the Kurds.",
        "American drones struck groups that Saudi Arabia and the Emirates supply, and al-Qaeda fights both the Houthis and the government.",
    ],
)
def test_backers_of_a_misread_relative_clause_do_not_do_the_next_clauses_deed(
    text: str, relations_found: Any
) -> None:
    found = relations_found(text, PUBLISHED)
    backers = {"TUR", "QAT", "SAU", "ARE"}
    assert not any(k in ("fights", "allied") and (s in backers or t in backers) for k, s, t, _ in found), found


@pytest.mark.parametrize(
    ("text", "doer", "backer"),
    [
        ("The YPG, which Washington arms, captured the town.", "YPG", "USA"),
        ("The SDF, which Washington arms, took the dam.", "SDF", "USA"),
        ("The PKK, which Damascus arms, attacked the post.", "PKK", "SYR"),
    ],
)
def test_the_noun_of_a_misread_backing_clause_does_the_main_deed(
    text: str, doer: str, backer: str
) -> None:
    from frontwatch.pipeline import process_texts

    events = process_texts([text], dates=[PUBLISHED])[0].events
    assert any(e.source_actor == doer for e in events), events
    assert not any(e.source_actor.startswith(backer) and e.type == "ASSAULT" for e in events), events
