"""A group named by a participle is the group the name is.

"Rebels belonging to a group known as X", "a militia named X", "gunmen from a faction
dubbed X": the participle of naming gives the class noun its name, as an apposition does,
so X acts, not the class (``naming_participles`` in events.yaml, extract/memberlinks.py).
A name that is no actor ("an operation called Olive Branch") changes nothing. Sentences
written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.extracted import one_event

PUBLISHED = dt.date(2016, 4, 1)


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        (
            "Rebels belonging to a group known as Ahrar al-Sham stormed the town of Jisr al-Shughur.",
            "stormed",
            "AHRAR_AL_SHAM",
        ),
        ("A militia named Kataib Hezbollah fired rockets at the base near Baghdad.", "fired", "KATAIB_HEZBOLLAH"),
        (
            "Gunmen from a faction dubbed the Northern Storm brigade attacked the crossing near Azaz.",
            "attacked",
            "NORTHERN_STORM",
        ),
        (
            "A Shiite group called Kataib Hezbollah claimed responsibility for the attack on the base.",
            "attack",
            "KATAIB_HEZBOLLAH",
        ),
    ],
)
def test_the_name_a_participle_gives_the_group_acts(
    events_found: Any, text: str, trigger: str, doer: str
) -> None:
    assert one_event(events_found, text, trigger, PUBLISHED).source_actor == doer


def test_a_name_that_is_no_actor_leaves_the_doer_alone(events_found: Any) -> None:
    act = one_event(
        events_found,
        "An operation called Olive Branch was launched by Turkish forces against the YPG.",
        "launched",
        PUBLISHED,
    )
    assert (act.source_actor, act.target_actor) == ("TUR_MIL", "YPG")
