""" "took place", "happened", "occurred": no act of their own. The act noun they tell of is
the act, and an act told in the same or the sentence before takes its place."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2016, 5, 1)


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("The attack took place in the town of Saraqeb on Monday, activists said.", "attack", "Saraqeb"),
        ("Fierce clashes took place near Tal Rifaat between rebels and Kurdish fighters.", "clashes", "Tal Rifaat"),
        ("The bombing, which took place in Idlib city, killed 14 civilians.", "killed", "Idlib"),
        ("Heavy fighting has taken place around Deir ez-Zor airport since Friday.", "fighting", "Deir ez-Zor"),
    ],
)
def test_taking_place_is_no_taking(events_found, text, trigger, place):
    events = events_found(text, DAY)
    assert all(e.trigger.lower() not in ("took", "taken", "take") for e in events)
    assert all(e.mode != "seize" for e in events)
    assert any(e.trigger == trigger and place in e.place_text for e in events)


@pytest.mark.parametrize(
    ("text", "trigger", "place", "doer"),
    [
        (
            (
                "Government warplanes bombed a crowded market, killing 20 people. "
                "The attack took place in Douma, east of Damascus."
            ),
            "bombed",
            "Douma",
            "SYR_AIRFORCE",
        ),
        (
            (
                "Russian jets struck a field hospital on Tuesday. "
                "The strike took place in the town of Kafr Nabl in Idlib province."
            ),
            "struck",
            "Kafr Nabl",
            "RUS_AIRFORCE",
        ),
        (
            (
                "Islamic State militants ambushed a Kurdish patrol, killing four fighters. "
                "The ambush happened near Hasakah on Sunday."
            ),
            "ambushed",
            "Hasakah",
            "ISIS",
        ),
        (
            (
                "Rebels shelled a residential district on Friday. "
                "The shelling occurred in western Aleppo, state media said."
            ),
            "shelled",
            "Aleppo",
            "GEN_REBELS",
        ),
    ],
)
def test_the_act_told_before_takes_the_place_of_its_occurrence(
    events_found, text, trigger, place, doer
):
    events = events_found(text, DAY)
    assert len(events) == 1, [(e.trigger, e.place_text) for e in events]
    (event,) = events
    assert (event.trigger, event.source_actor) == (trigger, doer)
    assert place in event.place_text


def test_an_act_of_another_type_is_not_merged_into_its_occurrence(events_found):
    events = events_found(
        "Rebels and the army agreed a truce in Homs on Monday. "
        "A car bombing occurred in Hama hours later, killing six people.",
        DAY,
    )
    assert any("Hama" in e.place_text and e.type == "ASSAULT" for e in events)


def test_a_real_taking_stays_a_taking(events_found):
    events = events_found("Turkish forces took the town of Jarablus from Islamic State.", DAY)
    assert any(e.trigger == "took" and "Jarablus" in e.place_text for e in events)
