"""A release is of people: captives freed, prisoners let go. A statement, a video, a report
or a cloud of gas released is no event. Phrasings written for this test."""

from __future__ import annotations

import datetime as dt
from functools import cache

import pytest

PUBLISHED = dt.date(2017, 3, 14)

RELEASED_PEOPLE = [
    "The rebels released 40 prisoners in a swap with the army.",
    "Hundreds of detainees were released from Sednaya on Saturday.",
    "Islamic State released two Turkish soldiers it had held near Jarablus.",
    "The militia released the kidnapped pilot after three weeks.",
    "The rebels freed 60 civilians held at a school in the village.",
]
RELEASED_THINGS = [
    "The group released a video of its fighters in Deir ez-Zor on Sunday.",
    "The monitor released a statement condemning the siege of Madaya.",
    "Amnesty International released a report on the prison last month.",
    "On Monday the White Helmets released footage of rescue workers digging through the rubble.",
    "The ministry has not released any figures for the dead.",
]


@cache
def results() -> dict[str, list]:
    from frontwatch.pipeline import process_texts

    texts = [*RELEASED_PEOPLE, *RELEASED_THINGS]
    out = process_texts(texts, dates=[PUBLISHED] * len(texts))
    return {text: result.events for text, result in zip(texts, out, strict=True)}


@pytest.mark.parametrize("text", RELEASED_PEOPLE)
def test_releasing_people_is_a_release(text: str) -> None:
    assert ("RETREAT", "release") in [(e.type, e.mode) for e in results()[text]]


@pytest.mark.parametrize("text", RELEASED_THINGS)
def test_releasing_a_statement_a_video_or_figures_is_no_release(text: str) -> None:
    assert [e for e in results()[text] if e.type == "RETREAT"] == []
