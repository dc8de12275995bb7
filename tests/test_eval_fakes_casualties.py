"""FA-KES's civilian count from what FrontWatch stores: the civilians the main event
states, else all its dead when they are not named as fighters."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.eval.events import main_event
from frontwatch.eval.fakes import fakes_civilians
from frontwatch.eval.labels import load_labels
from frontwatch.eval.predict import actor_kb
from frontwatch.records import Event


def civilians_of(text: str) -> int:
    from frontwatch.pipeline import process_texts

    result = process_texts([text], dates=[dt.date(2016, 9, 12)])[0]
    assert not result.error, result.error
    return fakes_civilians(main_event(result.events), load_labels("fakes"), kb=actor_kb())


@pytest.mark.parametrize(
    ("text", "civilians"),
    [
        # stated civilians stand, whoever else died
        ("Air strikes killed 12 civilians and five fighters in Maarat al-Numan on Monday.", 12),
        ("Three children were killed when a shell hit their school in Daraa.", 3),
        # dead named as no one in particular: FA-KES counts them as civilians
        ("A car bomb killed six people at a bus station in Homs on Sunday.", 6),
        ("At least 15 people were killed in an explosion near a market in Azaz.", 15),
        # dead named as fighters are no civilians
        ("At least 29 rebels were killed in clashes with government forces near Aleppo.", 0),
        ("US-led air strikes killed 20 Islamic State fighters near Raqqa on Friday.", 0),
        # no count at all
        ("Government forces shelled the town of Rastan on Saturday.", 0),
    ],
)
def test_fakes_civilians(text: str, civilians: int) -> None:
    assert civilians_of(text) == civilians


def test_a_fighters_section_that_is_not_lists_is_refused() -> None:
    from frontwatch.errors import InvalidKnowledgeBase

    labels = {"fighters": {"types": "armed_group", "sectors": [], "ids": []}}
    with pytest.raises(InvalidKnowledgeBase, match="fighters"):
        fakes_civilians(_event_of_people_killed(), labels, kb=actor_kb())


def _event_of_people_killed() -> Event:
    from frontwatch.pipeline import process_texts

    text = "Jets killed 12 people in Idlib on Monday."
    event = main_event(process_texts([text], dates=[dt.date(2016, 9, 12)])[0].events)
    assert event is not None
    return event
