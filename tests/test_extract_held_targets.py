"""A place of arms an act hits stands for whoever holds it, when the text says so after it.

"attacked positions held by X", "bombed a checkpoint manned by X", "pounded trenches held
by X": X is the target (extract/holders.py, ``object_classes.held`` in events.yaml), also
over a class the noun names itself ("rebel positions held by the Free Syrian Army"). A
village or town controlled by X is no place of arms: shelling it does not make X the target.
A side hyphened to the participle before a place of arms ("rebel-held trenches",
"YPG-controlled positions": ``object_classes.hyphen_held_verbs``) is its holder too; a
"rebel-held district" stays no place of arms, and a "Hamas-run" place is an institution. Sentences written for these
tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2020, 3, 1)


def _sides(events_found: Any, text: str, trigger: str) -> tuple[str, str]:
    found = [
        e for e in events_found(text, PUBLISHED) if e.type == "ASSAULT" and e.trigger == trigger
    ]
    assert len(found) == 1, [(e.trigger, e.source_actor, e.target_actor) for e in found]
    return found[0].source_actor, found[0].target_actor


@pytest.mark.parametrize(
    ("text", "trigger", "doer", "target"),
    [
        (
            "Regime forces attacked rebel positions held by the Free Syrian Army near Hama.",
            "attacked",
            "SYR_MIL",
            "FSA",
        ),
        (
            "Jets bombed a checkpoint manned by Houthi fighters on the coast road.",
            "bombed",
            "GEN_UNIDENTIFIED_AIRCRAFT",
            "HOUTHIS",
        ),
        (
            "Russian artillery pounded trenches held by Ukrainian troops.",
            "pounded",
            "RUS_MIL",
            "UKR_MIL",
        ),
        (
            "The air force attacked positions held by the Arakan Army in Rakhine State on Tuesday.",
            "attacked",
            "",
            "ARAKAN_ARMY",
        ),
    ],
)
def test_the_holder_of_a_place_of_arms_is_the_target(
    events_found: Any, text: str, trigger: str, doer: str, target: str
) -> None:
    source, hit = _sides(events_found, text, trigger)
    assert hit == target
    if doer:
        assert source == doer


def test_a_town_controlled_by_a_side_does_not_make_it_the_target(events_found: Any) -> None:
    _, hit = _sides(
        events_found,
        "Turkish artillery shelled villages controlled by Kurdish fighters.",
        "shelled",
    )
    assert hit != "GEN_KURDISH_FORCES"


@pytest.mark.parametrize(
    ("text", "trigger", "doer", "target"),
    [
        (
            "Government artillery shelled rebel-held trenches on the edge of the city overnight.",
            "shelled",
            "GEN_GOV_FORCES",
            "GEN_REBELS",
        ),
        (
            "Turkish drones hit YPG-controlled positions outside the town on Sunday.",
            "hit",
            "TUR_AIRFORCE",
            "YPG",
        ),
        (
            "Jets pounded opposition-held bunkers in the hills.",
            "pounded",
            "",
            "GEN_OPPOSITION",
        ),
        (
            "Regime helicopters dropped barrel bombs on rebel-held outposts east of the capital.",
            "dropped",
            "",
            "GEN_REBELS",
        ),
    ],
)
def test_a_side_hyphened_to_a_holding_participle_is_the_target(
    events_found: Any, text: str, trigger: str, doer: str, target: str
) -> None:
    source, hit = _sides(events_found, text, trigger)
    assert hit == target
    if doer:
        assert source == doer


def test_a_district_held_by_a_side_is_still_no_place_of_arms(events_found: Any) -> None:
    _, hit = _sides(events_found, "Army guns shelled rebel-held districts of the old city.", "shelled")
    assert hit != "GEN_REBELS"


def test_a_place_run_by_a_side_is_no_ground_it_holds(events_found: Any) -> None:
    _, hit = _sides(events_found, "An airstrike hit a Hamas-run camp in the south of the strip.", "hit")
    assert hit != "HAMAS"
