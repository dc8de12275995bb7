"""An act named as what a report is about gives way to the acts the article tells
(extract/reporttopics.py); told nowhere else, or on another day, it stays.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2017, 5, 10)


@pytest.fixture
def events_of(events_found: Any) -> Any:
    return lambda text: events_found(text, PUBLISHED)


def _told_in(events: Any, words: str) -> list[Any]:
    return [e for e in events if e.evidence is not None and words in e.evidence.sentence]


@pytest.mark.parametrize(
    ("text", "topic_words"),
    [
        (
            (
                "The task force released details of Wednesday's strikes, adding that damage "
                "assessments were preliminary.\n\nNear Sinjar, three strikes destroyed two ISIS "
                "mortar positions and a supply cache.\n\nNear Hawija, one strike hit an ISIS "
                "checkpoint."
            ),
            "details of",
        ),
        (
            (
                "Army commanders briefed journalists on the latest air raids in Idlib province.\n\n"
                "Russian jets bombed the town of Saraqeb on Monday, killing four civilians, a "
                "monitoring group said."
            ),
            "briefed journalists",
        ),
        (
            (
                "The ministry published a summary of the overnight shelling around the city.\n\n"
                "Government artillery shelled the villages of Kafr Zita and Latamneh, according to "
                "local activists."
            ),
            "summary of",
        ),
        (
            (
                "Speaking by video from Baghdad, a coalition spokesman provided an update on current "
                "operations against ISIS in the region.\n\nCoalition jets struck ISIS positions "
                "near Deir ez-Zor on Tuesday, he said."
            ),
            "update on",
        ),
    ],
)
def test_a_report_topic_gives_way_to_the_acts_told(
    text: str, topic_words: str, events_of: Any
) -> None:
    events = events_of(text)
    assert [e for e in events if e.type == "ASSAULT"], events  # the acts themselves stand
    assert not [e for e in _told_in(events, topic_words) if e.type == "ASSAULT"], events


@pytest.mark.parametrize(
    "text",
    [
        # told nowhere else: the report is all the article says of the ambush
        "The army gave details of the ambush near Deraa that killed six soldiers on Monday.",
        # no report word: the act is told, not reported on
        "Officials said yesterday's strikes near Raqqa destroyed an ISIS headquarters.",
    ],
)
def test_an_act_told_only_there_stays(text: str, events_of: Any) -> None:
    assert [e for e in events_of(text) if e.type == "ASSAULT"], events_of(text)


def test_a_report_of_another_day_stays(events_of: Any) -> None:
    text = (
        "The monitor released details of the 2015 bombing of the market.\n\n"
        "On Tuesday, jets bombed a fuel depot near Maarat al-Numan."
    )
    assert _told_in(events_of(text), "details of"), events_of(text)


_RELEASE = (
    "SOUTHWEST ASIA, March 3, 2016 - American and partner forces pressed their campaign "
    "against ISIS on Wednesday, the task force said in a release.\n\n"
    "In Syria, coalition military forces carried out nine strikes against ISIS targets:\n\n"
    "-- Near Raqqa, four strikes destroyed three ISIS fighting positions.\n\n"
    "-- Near Raqqa, three strikes hit an ISIS vehicle and a bomb factory.\n\n"
    "-- Near Raqqa, two strikes struck an ISIS checkpoint."
)


def test_a_list_header_gives_way_to_its_lines(events_of: Any) -> None:
    events = events_of(_RELEASE)
    assert len(_told_in(events, "-- Near Raqqa")) == 3, events
    assert not _told_in(events, "nine strikes"), events


def test_a_colon_over_lines_of_another_kind_stays(events_of: Any) -> None:
    text = (
        "Russian jets bombed the town of Saraqeb on Monday, the monitor said, listing the "
        "damage:\n\n-- two bakeries and a clinic were destroyed.\n\n-- a school was damaged."
    )
    assert [e for e in events_of(text) if e.type == "ASSAULT"], events_of(text)


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # "as a result of" tells a cause, not a report's topic (review finding)
        (
            (
                "Militants shelled the village of Qabasin on Tuesday.\n\nFive villagers died as a "
                "result of Turkish air strikes on Afrin, local officials said."
            ),
            "Afrin",
        ),
        (
            (
                "Gunmen ambushed an army patrol near Tikrit on Sunday.\n\nAs a result of the shelling "
                "of Hawija, hundreds of families fled, officials said."
            ),
            "Hawija",
        ),
        # "brief" names a report as a verb ("briefed reporters on"), not as an adjective
        (
            (
                "Gunmen ambushed an army patrol near Tikrit on Sunday.\n\nIn a brief statement, police "
                "said the raids on Samarra had killed two suspects."
            ),
            "Samarra",
        ),
    ],
)
def test_an_act_a_harm_results_from_is_no_report_topic(text: str, where: str, events_of: Any) -> None:
    events = events_of(text)
    assert [e for e in events if e.type == "ASSAULT" and e.place_text == where], events
