"""The subject of a passive relative clause with its doer named ("Kurdish fighters, who were
attacked by Turkish jets", "Hezbollah, which was accused by Israel of ...") is the side the
pronoun stands for: the act's target (extract/arguments.py, relatives.relative_antecedent).
A toll told so with no doer ("soldiers who were killed last year") strikes no one named.
Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2018, 4, 2)


@pytest.mark.parametrize(
    ("text", "kind", "doer", "target"),
    [
        (
            "Kurdish fighters, who were attacked by Turkish jets on Sunday, vowed to retaliate.",
            "ASSAULT",
            "TUR_AIRFORCE",
            "GEN_KURDISH_FORCES",
        ),
        (
            "Ukrainian marines, who were surrounded by Russian forces in Mariupol, surrendered.",
            "COERCE",
            "RUS_MIL",
            "UKR_MARINES",
        ),
        (
            "Hezbollah, which was accused by Israel of firing the rockets, denied any role.",
            "ACCUSE",
            "ISR",
            "HEZBOLLAH",
        ),
        (
            "The Houthis, who were accused by Saudi Arabia of attacking the tanker, rejected the claim.",
            "ACCUSE",
            "SAU",
            "HOUTHIS",
        ),
    ],
)
def test_passive_relative_subject_is_the_target(
    events_found: Any, text: str, kind: str, doer: str, target: str
) -> None:
    found = [(e.source_actor, e.target_actor) for e in events_found(text, PUBLISHED) if e.type == kind]
    assert found == [(doer, target)]


def test_a_toll_with_no_doer_strikes_no_one(events_found: Any) -> None:
    text = "The ministry honoured 30 soldiers who were killed in the north last year."
    found = [e for e in events_found(text, PUBLISHED) if e.type == "ASSAULT" and e.target_actor]
    assert not found, [(e.source_actor, e.target_actor) for e in found]
