"""A strike on the ground of another country, with no target named, hits that country's
state, unless the doer is the state's friend or the article names another party the
strike may have hit (extract/abroad.py). Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import one_event

PUBLISHED = dt.date(2019, 6, 1)


def _event(events_found: Any, text: str, trigger: str, published: dt.date = PUBLISHED) -> Any:
    return one_event(events_found, text, trigger, published)


@pytest.mark.parametrize(
    ("text", "trigger", "doer", "state"),
    [
        (
            "Houthi fighters fired a ballistic missile at the airport of the Saudi city of Najran on Friday.",
            "fired",
            "HOUTHIS",
            "SAU",
        ),
        (
            "Israeli warplanes struck a radar site near Homs overnight, state media reported.",
            "struck",
            "ISR_AIRFORCE",
            "SYR",
        ),
        (
            "The Houthis attacked a desalination plant in Jizan with a cruise missile on Tuesday.",
            "attacked",
            "HOUTHIS",
            "SAU",
        ),
    ],
)
def test_a_strike_abroad_hits_the_state_of_the_ground(
    text: str, trigger: str, doer: str, state: str, events_found: Any
) -> None:
    event = _event(events_found, text, trigger)
    assert (event.source_actor, event.target_actor) == (doer, state)
    assert event.target_text == ""  # the place says it, not a name


@pytest.mark.parametrize(
    ("text", "trigger", "not_target"),
    [
        # a friend of the state flies for it
        ("Russian jets struck a market near Idlib on Monday.", "struck", "SYR"),
        # another party named in the article may be what was hit
        (
            ("Turkish drones struck a car near Qamishli on Monday. The Syrian Democratic Forces"
            " said they would respond. The SDF control the town."),
            "struck",
            "SYR",
        ),
        # at home, a strike on its own ground is no strike on its own state
        ("Saudi air defences fired missiles over Riyadh on Sunday.", "fired", "SAU"),
    ],
)
def test_no_state_target_for_a_friend_another_party_or_at_home(
    text: str, trigger: str, not_target: str, events_found: Any
) -> None:
    found = [e for e in events_found(text, PUBLISHED) if e.trigger == trigger]
    assert all(e.target_actor != not_target for e in found)
