"""A belief asked about is no belief held (extract/deedhedges.py `suspects_that`): "did not
say whether it believed anyone was killed" does not hedge a killing as someone's suspicion;
"police suspect that X bombed T" and "police do not believe that X bombed T" still do.
Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extracted import extract

PUBLISHED = dt.date(2017, 6, 1)


@pytest.mark.parametrize(
    "text",
    [
        "The report did not say whether it believed anyone was killed in the strike.",
        "The army did not disclose whether it thought any civilians had been killed.",
        "The ministry would not say if it suspected that militants had died in the raid.",
    ],
)
def test_a_belief_asked_about_hedges_nothing(text: str) -> None:
    events = extract(text, PUBLISHED).events
    assert not any(e.claim.certainty == "hedged" and e.claim.cue in ("believed", "thought", "suspected") for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Police suspect that the militants bombed the market.",
        "Police do not believe that the militants bombed the market.",
    ],
)
def test_a_belief_held_or_denied_still_hedges(text: str) -> None:
    events = extract(text, PUBLISHED).events
    assert events and all(e.claim.certainty != "asserted" for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "It is unclear whether the army believes rebels shelled the camp.",
        "Officials wondered whether the army believed rebels shelled the camp.",
    ],
)
def test_a_belief_asked_about_leaves_the_deed_open(text: str) -> None:
    events = [e for e in extract(text, PUBLISHED).events if e.type == "ASSAULT"]
    assert events and all(e.claim.certainty == "hypothetical" for e in events), events
