"""The side an act overcame, told in a passive clause of its own, is the act's target.

"X took the airport after government forces were defeated", "T was seized by X after Y
were routed": Y lost to the act (extract/losers.py, ``losing_verbs`` in events.yaml). Only
attacks and takings of ground take it: "X withdrew after Y were defeated" gives X no enemy.
Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import one_event

PUBLISHED = dt.date(2019, 5, 1)


def _event(events_found: Any, text: str, trigger: str, published: dt.date = PUBLISHED) -> Any:
    return one_event(events_found, text, trigger, published)


@pytest.mark.parametrize(
    ("text", "trigger", "doer", "loser"),
    [
        (
            "The town was seized by al-Shabaab after Somali troops were routed in heavy fighting.",
            "seized",
            "AL_SHABAAB",
            "SOM_MIL",
        ),
        (
            "Houthi fighters took the airport after government forces were defeated there.",
            "took",
            "HOUTHIS",
            "YEM_MIL",  # the Houthis' war: Yemen's government forces
        ),
        (
            "Islamic State insurgents stormed the oil field after the Peshmerga were beaten in a day of fighting.",
            "stormed",
            "ISIS",
            "PESHMERGA",
        ),
        (
            "Al-Shabaab fighters attacked the base after the soldiers were forced to withdraw.",
            "attacked",
            "AL_SHABAAB",
            "SOM_MIL",  # al-Shabaab's war: Somalia's soldiers
        ),
    ],
)
def test_the_defeated_side_is_the_target(
    events_found: Any, text: str, trigger: str, doer: str, loser: str
) -> None:
    event = _event(events_found, text, trigger)
    assert (event.source_actor, event.target_actor) == (doer, loser)


def test_a_retreat_after_a_defeat_has_no_target_from_it(events_found: Any) -> None:
    text = "The rebels withdrew from the town after government forces were defeated nearby."
    assert _event(events_found, text, "withdrew").target_actor != "GEN_GOV_FORCES"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Rebels stormed the town of Kafr Nabl after residents were forced to flee.", "stormed"),
        ("The militants attacked the base after UN peacekeepers were forced to withdraw.", "attacked"),
        ("Jihadists overran the village after its inhabitants were driven out.", "overran"),
        ("Gunmen seized the camp after aid workers were forced to leave.", "seized"),
        ("Fighters captured the town after civilians were pushed out by the shelling.", "captured"),
    ],
)
def test_people_or_a_mission_made_to_leave_are_no_defeated_side(
    events_found: Any, text: str, trigger: str
) -> None:
    assert _event(events_found, text, trigger).target_actor == ""


def test_troops_forced_to_pull_back_are_the_defeated_side(events_found: Any) -> None:
    text = "Rebels took the hill after government troops were forced to pull back."
    assert _event(events_found, text, "took").target_actor == "GEN_GOV_FORCES"
