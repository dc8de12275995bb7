"""Strikes that back a side abroad are not aimed at that country's state
(extract/abroad.py `_backing_there`): "Kurdish fighters, backed by US air strikes, advanced
on Raqqa" gave the US strikes Syria as target once the backing tie was found. A strike with
no side backed still hits the state of the ground. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extracted import extract

PUBLISHED = dt.date(2017, 6, 1)


@pytest.mark.parametrize(
    ("text", "doer", "state"),
    [
        ("Kurdish fighters, backed by US air strikes, advanced on Raqqa on Tuesday.", "USA_AIRFORCE", "SYR"),
        ("Supported by Turkish drone strikes, the rebels pushed into the outskirts of Tripoli.", "TUR", "LBY"),
        ("Iraqi troops, backed by coalition air strikes, attacked the militants west of Mosul.", "US_COALITION", "IRQ"),
    ],
)
def test_backing_strikes_abroad_do_not_hit_the_state(text: str, doer: str, state: str) -> None:
    events = extract(text, PUBLISHED).events
    assert not any(e.source_actor.startswith(doer[:3]) and e.target_actor == state for e in events), events


def test_an_unsupporting_strike_abroad_still_hits_the_state() -> None:
    events = extract("Israeli missiles hit targets near Damascus airport on Tuesday.", PUBLISHED).events
    assert any(e.target_actor == "SYR" for e in events), events
