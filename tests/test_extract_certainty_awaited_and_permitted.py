"""Deeds told only as awaited, and leave told as given and taken (extract/anticipated.py,
permitted.py, denials.py). "Villagers fear an army offensive", "bracing for an assault",
"a prelude to an offensive", "are massing ahead of an offensive": the deed noun is what is
expected, so the assault and the tie it gives are hypothetical; a narrative in the past
("crossed the border ahead of the assault") tells of an assault that came. "Were allowed
to withdraw", "were granted safe passage to withdraw": the withdrawal was made; "would be
allowed to" stays an aim and "refused to let them withdraw" denies it. Sentences written
for these tests; each class with near misses."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import extract

PUBLISHED = dt.date(2016, 6, 1)
PLAIN = {"asserted", "attributed"}


def _labels(facts: list[Any]) -> set[str]:
    assert facts
    return {f.claim.certainty for f in facts}


def _assaults(text: str) -> list[Any]:
    return [e for e in extract(text, PUBLISHED).events if e.type == "ASSAULT"]


def _retreats(text: str) -> list[Any]:
    return [e for e in extract(text, PUBLISHED).events if e.type == "RETREAT"]


@pytest.mark.parametrize(
    "text",
    [
        "Villagers on the Turkish border fear an army offensive against the Kurdish militia.",
        "Aid workers in Idlib are bracing for a government assault on the province.",
        "Officials see the troop build-up near Manbij as a prelude to a Turkish offensive.",
        "Iraqi soldiers are massing south of Mosul ahead of an offensive against Islamic State.",
        "Western officials anticipate a Russian-backed assault on Aleppo within days.",
    ],
)
def test_an_assault_only_awaited_is_hypothetical(text: str) -> None:
    assert _labels(_assaults(text)) == {"hypothetical"}


def test_the_tie_from_an_awaited_assault_is_hypothetical_too() -> None:
    text = "Diplomats in Beirut expect a Syrian army assault on Islamic State in Palmyra."
    ties = [r for r in extract(text, PUBLISHED).relations if r.kind == "fights"]
    assert _labels(ties) == {"hypothetical"}


@pytest.mark.parametrize(
    "text",
    [
        "Turkish troops crossed the border ahead of an assault on Jarablus last August.",
        "Troops massed on the edge of Ramadi before they stormed the city's eastern districts.",
        "Kurdish fighters said they repelled an Islamic State assault on Kobani on Sunday.",
    ],
)
def test_an_assault_told_in_a_past_narrative_or_plainly_stays_a_fact(text: str) -> None:
    assert _labels(_assaults(text)) <= PLAIN


@pytest.mark.parametrize(
    "text",
    [
        "Government troops are massing for an assault on the southern city of Daraa.",
        "Residents of Hama are waiting for a government offensive on the town.",
    ],
)
def test_an_assault_awaited_after_for_in_the_present_is_hypothetical(text: str) -> None:
    assert _labels(_assaults(text)) == {"hypothetical"}


@pytest.mark.parametrize(
    "text",
    [
        "Kurdish fighters massed for the assault on Manbij on Tuesday.",
        "Army units gathered for the assault on Palmyra on Thursday, then stormed the town.",
        "Shopkeepers in Homs are waiting for the shelling to stop.",
        "Villagers near Raqqa are waiting for the fighting to end.",
    ],
)
def test_an_assault_after_for_told_in_the_past_or_waited_out_stays_a_fact(text: str) -> None:
    assert _labels(_assaults(text)) <= PLAIN


def test_people_gathered_for_a_protest_held_it() -> None:
    text = "Thousands of students gathered for a protest outside the ministry on Monday."
    protests = [e for e in extract(text, PUBLISHED).events if e.type == "PROTEST"]
    assert _labels(protests) <= PLAIN


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State fighters were allowed to withdraw from the town of Tabqa under a deal.",
        "About 200 rebels were permitted to pull out of the old city of Homs last week.",
        "Militants were granted safe passage to withdraw from Tal Rifaat on Friday.",
    ],
)
def test_a_withdrawal_allowed_in_the_past_was_made(text: str) -> None:
    assert _labels(_retreats(text)) <= PLAIN


def test_a_withdrawal_that_would_be_allowed_stays_an_aim() -> None:
    text = "Under the proposed truce, rebel fighters would be allowed to withdraw from Madaya."
    assert _labels(_retreats(text)) == {"hypothetical"}


@pytest.mark.parametrize(
    "text",
    [
        "Government forces refused to let the rebels withdraw from eastern Aleppo.",
        "The army refused to allow the fighters to withdraw from the old city of Homs.",
    ],
)
def test_a_withdrawal_refused_leave_is_denied(text: str) -> None:
    assert _labels(_retreats(text)) == {"negated"}
