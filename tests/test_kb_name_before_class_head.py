"""A name whose last word opens a class head: "Islamic State forces" are the Islamic
State's forces, not "state forces" owned by something "Islamic" (kb/actors/kb.py). The
longest class head would cut the name in two and give the act to the government's army.
Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import one_event

PUBLISHED = dt.date(2015, 5, 1)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Islamic State forces overran the Tabqa air base after a week of fighting.", "overran"),
        ("The town of Hit was captured by Islamic State forces in October.", "captured"),
        ("Islamic State forces ambushed a Peshmerga patrol near Gwer on Sunday.", "ambushed"),
        ("Villagers fled as Islamic State forces shelled the outskirts of Kobani.", "shelled"),
    ],
)
def test_a_named_groups_forces_are_the_group(text: str, trigger: str, events_found: Any) -> None:
    assert one_event(events_found, text, trigger, PUBLISHED).source_actor == "ISIS"


@pytest.mark.parametrize(
    ("phrase", "actor"),
    [
        ("Islamic State forces", "ISIS"),
        ("Syrian army forces", "SYR_MIL"),  # a class head after a state's name stays the arm
        ("Iraqi government forces", "IRQ_MIL"),
    ],
)
def test_the_head_stops_where_the_name_does(phrase: str, actor: str, actor_kb: Any) -> None:
    found = actor_kb.resolve_phrase(phrase, date=PUBLISHED)
    assert found is not None and found.actor_id == actor
