"""A weapon's carrier is its doer: "a drone operated by X struck ...", "drones flown by X
hit ..." are X's strikes, not an unknown aircraft's (events.yaml carrier_verbs; the carrier
outranks a weapons' class, extract/arguments.verb_arguments)."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2024, 6, 1)

# (sentence, the trigger word, the doer's top actor)
CASES = [
    ("A drone operated by the RSF struck a crowded market in El Fasher, killing five people.", "struck", "RSF_SDN"),
    ("Drones operated by the Houthis hit an oil facility near Jizan overnight.", "hit", "HOUTHIS"),
    ("A drone flown by Russian forces struck a bus in Kherson on Friday.", "struck", "RUS"),
    ("Drones piloted by junta troops bombed a village school in Sagaing on Monday.", "bombed", "MMR"),
]


@pytest.mark.parametrize(("sentence", "trigger", "doer"), CASES)
def test_the_carrier_is_the_doer(engine, sentence: str, trigger: str, doer: str) -> None:
    from frontwatch.pipeline import process_texts

    events = process_texts([sentence], dates=[PUBLISHED])[0].events
    tops = {engine.actor_kb.top_of(e.source_actor) for e in events if e.trigger == trigger and e.source_actor}
    assert tops == {engine.actor_kb.top_of(doer)}, [(e.trigger, e.source_actor) for e in events]
