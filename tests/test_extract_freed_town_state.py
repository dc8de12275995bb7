"""A state set beside the town a side frees ("to liberate Tabqa, Syria, from IS control") says
where the town lies: it is neither the side attacked nor the town's taker; the freeing is
aimed at the town's holder (extract/placetargets.py). Sentences are our own."""

from __future__ import annotations

import pytest
from extracted import control_changes, extract, of_type

STATES = {"SYR", "IRQ"}

FREEINGS = [
    (
        (
            "On the tenth day of operations to liberate Tabqa, Syria, from Islamic State control, "
            "the Syrian Democratic Forces hold half of the town."
        ),
        "SDF",
    ),
    ("Fighters of the Syrian Democratic Forces are pushing to liberate Manbij, Syria, from ISIS.", "SDF"),
    ("Government troops advanced on Monday in the offensive to free Palmyra, Syria, from the Islamic State.", "SYR_MIL"),
]


@pytest.mark.parametrize(("text", "liberator"), FREEINGS)
def test_the_freeing_is_aimed_at_the_holder_not_the_apposed_state(text: str, liberator: str) -> None:
    assaults = of_type(text, "ASSAULT")
    sides = [(e.source_actor, e.target_actor) for e in assaults]
    assert (liberator, "ISIS") in sides, sides
    assert not [s for s in sides if s[0] in STATES or s[1] in STATES], sides


@pytest.mark.parametrize(("text", "liberator"), FREEINGS)
def test_the_apposed_state_takes_no_town(text: str, liberator: str) -> None:
    changes = control_changes(text)
    assert not [c for c in changes if c[2] in STATES], changes


def test_a_state_named_as_the_ground_of_a_strike_stays_a_place() -> None:
    # the state beside a town the act is in is no side either way
    text = "Rebel fighters shelled government positions in Aleppo, Syria, on Monday."
    sides = [(e.source_actor, e.target_actor) for e in of_type(text, "ASSAULT")]
    assert sides and not [s for s in sides if s[1] == "SYR"], sides


@pytest.mark.parametrize(
    "text",
    [
        "The coalition is backing the drive to liberate Fallujah, Iraq, from ISIS control, a spokesman said.",
        "Coalition jets support the offensive to recapture Tabqa, Syria, from the Islamic State.",
    ],
)
def test_an_operation_to_free_a_town_fights_its_holder_not_the_apposed_state(text: str) -> None:
    fights = {(r.source_actor, r.target_actor) for r in extract(text).relations if r.kind == "fights"}
    assert fights and not [f for f in fights if STATES & set(f)], fights
