"""A place of arms a relative clause says people are in stands for their side when it is hit.

"Rockets hit the base, which houses US troops", "drones attacked an airfield that hosts
French troops", "the air base, which houses US forces, came under drone attack", "rockets
hit the base, where there are American trainers": the troops' side is the target
(extract/holders.py, ``object_classes.holding_verbs`` in events.yaml; the subject of "came
under" through extract/undergone.py). A relative clause that names no people, or says none
are there, names no target. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.extracted import one_event

PUBLISHED = dt.date(2020, 3, 1)


@pytest.mark.parametrize(
    ("text", "trigger", "targets"),
    [
        ("Rockets hit the Victory base, which houses American soldiers, on Sunday.", "hit", {"USA_MIL"}),
        ("Drones attacked an airfield that hosts French troops near Erbil.", "attacked", {"FRA_MIL"}),
        ("The Harir air base, which houses U.S. forces, came under drone attack on Sunday.", "attack", {"USA_MIL"}),
        ("Rockets hit the Taji base, where there are American and Australian trainers.", "hit", {"USA", "USA_MIL"}),
    ],
)
def test_the_people_a_relative_clause_puts_on_a_base_are_its_target(
    events_found: Any, text: str, trigger: str, targets: set[str]
) -> None:
    assert one_event(events_found, text, trigger, PUBLISHED).target_actor in targets


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Rockets hit the Victory base, which was built in 2003, on Sunday.", "hit"),
        ("Mortar shells hit the Ain al-Asad base, where there are no American troops now.", "hit"),
    ],
)
def test_a_relative_clause_naming_no_troops_names_no_target(
    events_found: Any, text: str, trigger: str
) -> None:
    assert one_event(events_found, text, trigger, PUBLISHED).target_actor == ""
