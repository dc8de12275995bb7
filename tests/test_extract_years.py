"""Four-digit numbers that are not years, numeric dates, and undated articles.

Counts ("more than 2000 people") and clock times ("1900 GMT") once became events dated
2000-01-01 or 1900-01-01; a "since" phrase describing a noun dated the sentence's act.
"""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.extract.timeref import find_times

PUBLISHED = dt.date(2016, 3, 10)


def dates_in(text: str, published: dt.date | None = PUBLISHED) -> list[dt.date | None]:
    return [m.time.date for m in find_times(text, published)]


@pytest.mark.parametrize(
    "text",
    [
        "more than 2000 people were bussed out of the town",
        "about 1500 fighters surrendered",
        "a total of 1200 families returned",
        "the raid at 10 pm (1900 GMT) destroyed the clinic",
        "shelling began at 2000 local time",
        "2000 civilians fled the fighting",
    ],
)
def test_counts_and_clock_times_are_not_years(text: str) -> None:
    assert dates_in(text) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("the uprising began in 2011", dt.date(2011, 1, 1)),
        ("the rebels have held the town since 2012", dt.date(2012, 1, 1)),
        ("the 1982 massacre in Hama", dt.date(1982, 1, 1)),
        ("since spring 2015 most of the province has been held", dt.date(2015, 1, 1)),
        ("by mid-2014 rebels held the town", dt.date(2014, 1, 1)),
        ("29-07-2016 Militants executed two men", dt.date(2016, 7, 29)),
        ("23.04.2017 Jets struck the town", dt.date(2017, 4, 23)),
    ],
)
def test_years_and_numeric_dates(text: str, date: dt.date) -> None:
    assert dates_in(text)[0] == date


def test_no_publication_date_leaves_relative_times_unresolved() -> None:
    assert dates_in("Jets struck the market on Tuesday and again last week", None) == [None, None]
    assert dates_in("Troops entered the town in March", None) == [None]


def test_undated_article_events_have_no_invented_date(engine) -> None:
    from frontwatch.pipeline import process_texts

    result = process_texts(["Rebels shelled a market in Aleppo on Tuesday, killing four people."])[
        0
    ]
    assert result.events and all(e.time.date is None for e in result.events)
    assert all(e.time.date is None or e.time.date.year > 1950 for e in result.events)


def test_since_phrase_on_a_noun_does_not_date_the_act(engine) -> None:
    from frontwatch.pipeline import process_texts

    text = "The ruling party, in power since 1963, sent troops to Homs on Friday."
    result = process_texts([text], dates=[PUBLISHED])[0]
    [event] = [e for e in result.events if e.type == "MOBILIZE"]
    assert event.time.date == dt.date(2016, 3, 4)
    assert not event.time.background


def test_clock_time_does_not_date_an_event(engine) -> None:
    from frontwatch.pipeline import process_texts

    text = "The hospital was destroyed in an air raid at 11 pm (2000 GMT), medics said."
    result = process_texts([text], dates=[PUBLISHED])[0]
    assert result.events
    assert all(e.time.date == PUBLISHED for e in result.events)
