"""A place of arms a verb hits, with its owner after "of", is aimed at that owner.

"Jets bombed positions of Hezbollah", "artillery shelled the headquarters of the YPG",
"drones struck a checkpoint of the Popular Mobilization Forces": the owner is the target
(extract/arguments.py object_actor; ``object_classes.held`` in events.yaml), as it is in
"Hezbollah positions" or after "strikes against depots of X". A place of arms with no
side after it ("positions near the base of Mount Sinjar") names no target. Sentences
written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.extracted import one_event

PUBLISHED = dt.date(2019, 3, 12)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Unidentified jets bombed positions of Hezbollah near Idlib.", "bombed", "HEZBOLLAH"),
        ("Jets bombed the positions of Hezbollah near Idlib.", "bombed", "HEZBOLLAH"),
        ("Turkish artillery shelled the headquarters of the YPG in Afrin.", "shelled", "YPG"),
        ("Drones struck a checkpoint of the Popular Mobilization Forces near Qaim.", "struck", "PMF"),
        ("The army stormed the stronghold of the militants in the old city.", "stormed", "GEN_MILITANTS"),
    ],
)
def test_the_owner_of_a_place_of_arms_is_the_target(
    events_found: Any, text: str, trigger: str, target: str
) -> None:
    assert one_event(events_found, text, trigger, PUBLISHED).target_actor == target


def test_a_place_of_arms_of_no_side_names_no_target(events_found: Any) -> None:
    event = one_event(events_found, "Jets bombed positions near the base of Mount Sinjar.", "bombed", PUBLISHED)
    assert event.target_actor == ""


@pytest.mark.parametrize(
    ("text", "trigger", "named"),
    [
        # a word on the people or goods carried, not the owner: no target
        ("Gunmen attacked a bus of Pakistani pilgrims in Balochistan on Monday.", "attacked", "PAK"),
        ("A bomb hit a car of Turkish journalists in Afrin.", "hit", "TUR"),
        ("Militants ambushed a truck of Jordanian merchants near Deraa.", "ambushed", "JOR"),
        ("A roadside bomb hit a convoy of Egyptian aid trucks in North Sinai.", "hit", "EGY"),
    ],
)
def test_a_nationality_on_what_a_vehicle_carries_is_no_target(
    events_found: Any, text: str, trigger: str, named: str
) -> None:
    assert one_event(events_found, text, trigger, PUBLISHED).target_actor != named
