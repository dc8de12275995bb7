"""A time on the verb of saying dates the report, not the act it tells, when the verb the
act's clause leads on from gives its own ("continued to strike X on Tuesday, carrying out 17
raids, officials said on Wednesday": one act, on Tuesday) (extract/timing.py).
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2019, 3, 11)


@pytest.fixture
def assaults_of(events_found: Any) -> Any:
    return lambda text: [e for e in events_found(text, PUBLISHED) if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            (
                "Coalition jets continued to strike ISIS targets on Tuesday, carrying out 17 raids "
                "near Mosul, officials said on Wednesday."
            ),
            dt.date(2019, 3, 5),
        ),
        (
            (
                "Russian warplanes continued to bomb rebel districts of Aleppo on Sunday, conducting "
                "40 air raids, a war monitor reported on Monday."
            ),
            dt.date(2019, 3, 10),
        ),
        (
            (
                "Rebel fighters continued to attack army checkpoints on Wednesday, launching several "
                "assaults on the town, the Observatory said on Thursday."
            ),
            dt.date(2019, 3, 6),
        ),
        (
            (
                "US aircraft continued to target Shabaab camps on Friday, conducting three "
                "airstrikes near Jilib, AFRICOM said on Saturday."
            ),
            dt.date(2019, 3, 8),
        ),
    ],
)
def test_the_act_told_twice_takes_its_own_day_and_is_one(
    text: str, day: dt.date, assaults_of: Any
) -> None:
    assert [e.time.date for e in assaults_of(text)] == [day], assaults_of(text)


def test_a_time_only_on_the_verb_of_saying_still_dates_the_act(assaults_of: Any) -> None:
    [bombing] = assaults_of("Jets bombed the market in Douma, the monitor said on Friday.")
    assert bombing.time.date == dt.date(2019, 3, 8)
