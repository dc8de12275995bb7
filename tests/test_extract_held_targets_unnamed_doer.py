"""Targets named only as the holder or user of what an act hits.

An act told without its doer ("air strikes against the rebel-held part of the city
continued") still hits the side its sentence says holds the ground (extract/heldground.py);
ground a state's government holds names no target. Places of arms include centres, nodes,
warehouses, sites and buildings ("struck operations centres of X"), and a participle on
the last of joined places of arms ("a depot and a command post used by X") tells whose
they all are (extract/holders.py). Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.extracted import one_event

PUBLISHED = dt.date(2017, 5, 20)


def _act(events_found: Any, text: str, trigger: str) -> Any:
    return one_event(events_found, text, trigger, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "trigger", "holder"),
    [
        (
            "Heavy air strikes against the rebel-held eastern part of Aleppo went on overnight.",
            "strikes",
            "GEN_REBELS",
        ),
        ("Artillery shells rained down on the rebel-held town of Saraqeb on Tuesday.", "rained", "GEN_REBELS"),
        ("Mortar rounds hit the town of Ariha, which is held by rebels, on Sunday.", "hit", "GEN_REBELS"),
        ("Intense shelling struck the IS-held town of Hit late on Monday.", "struck", "ISIS"),
    ],
)
def test_an_act_without_its_doer_hits_the_holder_of_the_ground(
    events_found: Any, text: str, trigger: str, holder: str
) -> None:
    act = _act(events_found, text, trigger)
    assert act.target_actor == holder


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Shells landed in government-held districts of Aleppo on Sunday.", "landed"),
        ("Rockets struck the government-held town of Mhardeh overnight.", "struck"),
    ],
)
def test_government_ground_names_no_target_of_an_act_without_its_doer(
    events_found: Any, text: str, trigger: str
) -> None:
    act = _act(events_found, text, trigger)
    assert act.target_actor not in ("GEN_GOVERNMENT", "GEN_GOV_FORCES")


@pytest.mark.parametrize(
    ("text", "trigger", "doer", "owner"),
    [
        (
            "The U.S. military said it targeted operations centers of Kataib Hezbollah in western Iraq.",
            "targeted",
            "USA_MIL",
            "KATAIB_HEZBOLLAH",
        ),
        (
            "Israeli aircraft bombed warehouses of Hezbollah near Damascus airport.",
            "bombed",
            "ISR_AIRFORCE",
            "HEZBOLLAH",
        ),
        (
            "American jets hit a training site of the Islamic State near Raqqa on Friday.",
            "hit",
            "USA_AIRFORCE",
            "ISIS",
        ),
    ],
)
def test_the_owner_of_a_centre_warehouse_or_site_hit_is_the_target(
    events_found: Any, text: str, trigger: str, doer: str, owner: str
) -> None:
    act = _act(events_found, text, trigger)
    assert (act.source_actor, act.target_actor) == (doer, owner)


@pytest.mark.parametrize(
    ("text", "trigger", "owner"),
    [
        (
            (
                "U.S. strikes targeted a weapons depot and a command node used by the militia "
                "group Kataib Hezbollah near al-Qaim."
            ),
            "targeted",
            "KATAIB_HEZBOLLAH",
        ),
        (
            "Israeli aircraft hit a warehouse and a launch site operated by Hezbollah south of Damascus.",
            "hit",
            "HEZBOLLAH",
        ),
    ],
)
def test_a_participle_on_the_last_of_joined_places_of_arms_names_their_holder(
    events_found: Any, text: str, trigger: str, owner: str
) -> None:
    assert _act(events_found, text, trigger).target_actor == owner


def test_the_centre_of_a_town_is_no_place_of_arms(events_found: Any) -> None:
    act = _act(events_found, "Shells hit the center of Aleppo on Sunday.", "hit")
    assert act.target_actor == ""
