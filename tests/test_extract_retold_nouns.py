"""An act named again a few sentences on by a noun pointing back ("the air strikes", "this
attack", "the strike") is that act, not a second one; a noun whose own words disagree (another
town, another day) stays apart. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2022, 3, 9)


def _assaults(text: str) -> list[Any]:
    from frontwatch.pipeline import process_texts

    result = process_texts([text], dates=[PUBLISHED])[0]
    return [e for e in result.events if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Government jets bombed a market in Ariha on Tuesday, killing 14 people. "
            "Rescuers searched the rubble for hours. "
            "Opposition media reported the air strikes, but state television was silent."
        ),
        (
            "Gunmen stormed a police post near Kidal on Sunday, killing three officers. "
            "The army sent reinforcements to the area. "
            "In response to this attack by the gunmen, soldiers sealed off the town."
        ),
        (
            "Rebels attacked army posts on the Castello road overnight, losing 20 fighters. "
            "The monitor said there were deaths on both sides in the overnight fighting."
        ),
    ],
)
def test_a_noun_pointing_back_is_the_act_told_before(engine, text: str) -> None:
    assaults = _assaults(text)
    assert len(assaults) == 1, assaults


def test_a_noun_naming_another_town_and_day_stays_apart(engine) -> None:
    text = (
        "Russian missiles hit a power plant in Dnipro on Monday. "
        "Engineers said repairs would take weeks. "
        "On Tuesday the strikes on Odesa killed two workers, officials said."
    )
    assert len(_assaults(text)) == 2
