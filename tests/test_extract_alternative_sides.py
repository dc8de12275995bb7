"""A side named only as one of alternatives ("a depot for Iranian forces or Hezbollah") is only
possibly the one: a tie drawn with it is hedged, in its own sentence or drawn from there into
another; the deed stays as told, and a side the tie's sentence names plainly, or a list joined
by "and", stays a plain tie (extract/alternatives.py, cues.yaml ``alternative_conjunctions``).
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2019, 9, 1)


def _ties(text: str, side: str) -> list[str]:
    from frontwatch.pipeline import process_texts

    result = process_texts([text], dates=[PUBLISHED])[0]
    found = [
        r.claim.certainty
        for r in result.relations
        if r.kind == "fights" and side in (r.source_actor, r.target_actor)
    ]
    assert found, (text, result.relations)
    return found


@pytest.mark.parametrize(
    "text",
    [
        "Israeli jets struck positions of Hezbollah or Iranian forces near Damascus on Sunday.",
        (
            "Israel attacked Damascus airport with missiles on Saturday. A monitoring group said the "
            "attack targeted an arms depot for Iranian forces or Lebanon's Hezbollah group."
        ),
        (
            "Rebels said Israeli drones had hit a convoy of either Hezbollah or Iranian fighters "
            "near Quneitra."
        ),
    ],
)
def test_a_tie_with_a_side_named_as_an_alternative_is_hedged(text: str) -> None:
    assert set(_ties(text, "HEZBOLLAH")) == {"hedged"}


def test_the_deed_itself_stays_as_told(events_found: Any) -> None:
    text = "Israeli jets struck positions of Hezbollah or Iranian forces near Damascus on Sunday."
    assaults = [e for e in events_found(text, PUBLISHED) if e.type == "ASSAULT"]
    assert assaults and all(e.claim.certainty == "asserted" for e in assaults), assaults


@pytest.mark.parametrize(
    "text",
    [
        "Israeli jets struck positions of Hezbollah and Iranian forces near Damascus on Sunday.",
        (
            "Israeli jets struck Hezbollah positions near Damascus on Sunday. A monitor said the "
            "dead were Hezbollah or Iranian fighters."
        ),
    ],
)
def test_a_side_named_plainly_keeps_a_plain_tie(text: str) -> None:
    assert set(_ties(text, "HEZBOLLAH")) == {"asserted"}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # three or more alternatives: the parser chains the list and hangs "or" on its middle
        (
            "Israeli jets struck positions of the Islamic State, al-Nusra or other jihadist groups near Deraa.",
            "ISIS",
        ),
        (
            "Witnesses said US drones had hit a convoy of Hezbollah, Iranian forces or Iraqi militias near Albu Kamal.",
            "HEZBOLLAH",
        ),
        (
            "Turkish jets bombed a depot of the YPG, the PKK or another Kurdish group near Qamishli.",
            "YPG",
        ),
        # the words that say whose the force is are the alternatives
        (
            "Syrian or Russian jets struck rebel positions near Hama, killing 12 fighters.",
            "GEN_REBELS",
        ),
        (
            "Russian or Syrian warplanes bombed Free Syrian Army positions near Idlib on Monday.",
            "FSA",
        ),
        ("Either Israeli or American drones hit Hezbollah positions near Qusayr.", "HEZBOLLAH"),
    ],
)
def test_a_side_among_three_alternatives_or_an_alternative_owner_is_hedged(
    text: str, side: str
) -> None:
    assert set(_ties(text, side)) == {"hedged"}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # a name restated after "or" is the same side, told plainly
        ("The Islamic State, or Daesh, attacked Syrian troops near Palmyra on Sunday.", "ISIS"),
        (
            "Hayat Tahrir al-Sham, or HTS, shelled government positions near Saraqeb overnight.",
            "HTS",
        ),
        (
            "The Syrian Democratic Forces, or SDF, shelled Turkish-backed rebels near Manbij on Monday.",
            "SDF",
        ),
    ],
)
def test_a_name_restated_after_or_keeps_a_plain_tie(text: str, side: str) -> None:
    assert set(_ties(text, side)) == {"asserted"}


def test_a_tie_between_the_alternatives_themselves_stays_plain() -> None:
    from frontwatch.pipeline import process_texts

    text = "Monitors said the convoy was hit by either the Syrian army or its ally Hezbollah."
    ties = process_texts([text], dates=[PUBLISHED])[0].relations
    allied = [r.claim.certainty for r in ties if r.kind == "allied"]
    assert allied and set(allied) <= {"asserted", "attributed"}, ties
