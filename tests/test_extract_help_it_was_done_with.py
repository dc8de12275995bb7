"""An act done "with the help / support / backing of X" is not done to X: X is no target,
no loser of the ground taken, and the aircraft in the phrase are X's, not the doer's
(extract/holders.py, extract/modes.py); strikes named there are X's own act at the same
ground (extract/backing.py). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from frontwatch.pipeline import process_texts

PUBLISHED = dt.date(2016, 9, 1)

HELPED = [
    ("Kurdish fighters captured Manbij with the help of American air strikes.", "YPG", "USA"),
    ("Rebels stormed the airbase with the backing of Turkish artillery.", "GEN_REBELS", "TUR"),
    ("The army attacked Daraa with the support of Iranian militias.", "SYR_MIL", "GEN_MILITIAS"),
    ("Iraqi troops recaptured Ramadi with the support of coalition airstrikes.", "IRQ", "US_COALITION"),
]


@pytest.mark.parametrize(("text", "doer", "helper"), HELPED)
def test_the_helper_is_no_target(text: str, doer: str, helper: str, events_found: Any) -> None:
    acts = [e for e in events_found(text, PUBLISHED) if e.source_actor.startswith(doer)]
    assert acts, events_found(text, PUBLISHED)
    assert not any(e.target_actor.startswith(helper) for e in acts), acts


@pytest.mark.parametrize(("text", "doer", "helper"), HELPED)
def test_the_helper_is_no_enemy(
    text: str, doer: str, helper: str, relations_found: Any
) -> None:
    found = relations_found(text, PUBLISHED)
    assert not any(k == "fights" and helper[:3] in (s[:3], t[:3]) for k, s, t, _ in found), found


def test_the_helper_is_no_loser_of_the_ground() -> None:
    result = process_texts([HELPED[0][0]], dates=[PUBLISHED])[0]
    changes = [c for c in result.control_changes if c.kind == "capture"]
    assert changes, result.control_changes
    assert not any(c.previous_controller.startswith("USA") for c in changes), changes


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi troops recaptured Ramadi with the support of coalition airstrikes.",
        "Iraqi forces retook Fallujah with the help of coalition air strikes.",
    ],
)
def test_the_helpers_aircraft_are_not_the_doers(text: str, events_found: Any) -> None:
    events = events_found(text, PUBLISHED)
    assert not any(e.source_actor == "IRQ_AIRFORCE" for e in events), events
    strikes = [e for e in events if e.source_actor == "US_COALITION"]
    taken = [e for e in events if e.source_actor.startswith("IRQ")]
    assert strikes and taken, events
    assert strikes[0].place_id == taken[0].place_id != "", events


@pytest.mark.parametrize(
    ("text", "ground", "air"),
    [
        (("Iraqi government forces, supported by coalition warplanes, launched an offensive on "
         "Fallujah."), "IRQ_MIL", "IRQ_AIRFORCE"),
        ("Iraqi forces bolstered by coalition airstrikes attacked Islamic State positions in Mosul.",
         "IRQ_MIL", "IRQ_AIRFORCE"),
        ("Syrian troops, backed by Russian jets, stormed the town of Qaryatain.",
         "SYR_MIL", "SYR_AIRFORCE"),
    ],
)
def test_aircraft_of_a_backer_do_not_make_the_backed_an_air_force(
    text: str, ground: str, air: str, events_found: Any
) -> None:
    events = events_found(text, PUBLISHED)
    assert any(e.source_actor == ground for e in events), events
    assert not any(e.source_actor == air for e in events), events
