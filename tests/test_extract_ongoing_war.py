"""A war going on ("the militants are fighting the army", "the coalition is conducting strikes
against IS") is no act of a day: with no day, toll or town it stores no event, while the tie it
states stays. Told with a day, a town or a toll, or in a headline's present, it is an act.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2018, 2, 6)


def _result(text: str) -> Any:
    from frontwatch.pipeline import process_texts

    return process_texts([text], dates=[PUBLISHED])[0]


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("Al Shabaab is fighting the Somali government in a bid to rule the country.", True),
        ("The Houthis are battling forces loyal to the Yemeni government for control of the north.", False),
        ("The US-led coalition is conducting air strikes against the group in Syria and Iraq.", False),
        ("Government forces are continuing to kill civilians with barrel bombs, the monitor said.", False),
        ("The junta keeps bombing villages across the country, rights groups say.", False),
    ],
)
def test_a_war_going_on_is_no_act_of_a_day(engine, text: str, tie: bool) -> None:
    result = _result(text)
    assert not [e for e in result.events if e.type == "ASSAULT"], result.events
    if tie:
        assert any(r.kind == "fights" for r in result.relations), result.relations


@pytest.mark.parametrize(
    "text",
    [
        "Government forces are shelling the town of Douma, activists said.",
        "Rebels were attacking army posts on Tuesday when the storm broke.",
        "Islamic State fighters are attacking the army in Kirkuk province on Monday.",
        "The militia is shelling the camp, killing at least six people, medics said.",
        "US strike kills Islamic State commander in eastern Syria.",
    ],
)
def test_an_act_with_a_day_a_town_or_a_toll_is_kept(engine, text: str) -> None:
    assert [e for e in _result(text).events if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Thousands of protesters are demonstrating against the government in the capital.", "PROTEST"),
        ("The opposition is demanding the release of all prisoners.", "REQUEST"),
        ("Damascus is accusing Ankara of arming the militants.", "ACCUSE"),
    ],
)
def test_words_said_or_done_now_are_events_not_a_war_going_on(engine, text: str, kind: str) -> None:
    assert kind in {e.type for e in _result(text).events}
