"""A side named right after "anti-" is the enemy of the phrase's head, never its doer
(extract/context.py ``anti_mention``): "anti-Houthi fighters took T" took T for nobody the
Houthis are, while "the anti-ISIS SDF" still fights ISIS. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from frontwatch.pipeline import process_texts

PUBLISHED = dt.date(2019, 6, 1)


def _result(text: str) -> Any:
    result = process_texts([text], dates=[PUBLISHED])[0]
    assert not result.error, result.error
    return result


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Anti-junta forces overran a police station in the north on Friday.", "MMR_MIL"),
        ("Anti-Houthi fighters took the port of Mocha after heavy clashes.", "HOUTHIS"),
        ("Local anti-Shabaab militias seized the village of Elasha on Monday.", "AL_SHABAAB"),
        ("Anti-junta resistance fighters captured the town of Hpakant last week.", "MMR_MIL"),
        ("Anti-Houthi forces backed by the UAE stormed the town of Khokha.", "HOUTHIS"),
    ],
)
def test_a_side_named_after_anti_is_never_the_doer_or_taker(text: str, side: str) -> None:
    result = _result(text)
    assert side not in {e.source_actor for e in result.events}, result.events
    assert side not in {c.new_controller for c in result.control_changes}, result.control_changes


@pytest.mark.parametrize(
    ("text", "fighter", "enemy"),
    [
        (
            "The anti-ISIS Syrian Democratic Forces took Tabqa after a week of fighting.",
            "SDF",
            "ISIS",
        ),
        (
            "The anti-Houthi Southern Transitional Council seized Zinjibar on Monday.",
            "STC",
            "HOUTHIS",
        ),
        (
            "The Kurdish-led anti-Islamic State Syrian Democratic Forces entered the dam.",
            "SDF",
            "ISIS",
        ),
    ],
)
def test_the_head_of_an_anti_phrase_fights_the_side_it_names(
    text: str, fighter: str, enemy: str
) -> None:
    ties = {(r.kind, r.source_actor, r.target_actor) for r in _result(text).relations}
    assert ("fights", fighter, enemy) in ties, ties
