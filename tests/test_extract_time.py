"""The time resolver: relative expressions against publication, precision, background."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.extract.timeref import find_times, is_background

PUBLISHED = dt.date(2016, 3, 10)  # a Thursday


def resolve(text: str, published: dt.date | None = PUBLISHED) -> tuple[dt.date | None, str | None]:
    matches = find_times(text, published)
    assert matches, f"no time expression found in {text!r}"
    return matches[0].time.date, matches[0].time.precision


@pytest.mark.parametrize(
    ("text", "date", "precision"),
    [
        ("shelled the town on Wednesday", dt.date(2016, 3, 9), "day"),
        ("on Thursday", dt.date(2016, 3, 10), "day"),  # the publication day itself
        ("on Friday", dt.date(2016, 3, 4), "day"),  # never a future Friday
        ("on Tuesday night", dt.date(2016, 3, 8), "day"),
        ("yesterday", dt.date(2016, 3, 9), "day"),
        ("a few hours ago", dt.date(2016, 3, 10), "day"),
        ("just days ago", dt.date(2016, 3, 7), "week"),
        ("three days ago", dt.date(2016, 3, 7), "day"),
        ("last week", dt.date(2016, 3, 3), "week"),
        ("this month", dt.date(2016, 3, 1), "month"),
        ("last month", dt.date(2016, 2, 1), "month"),
        ("earlier this year", dt.date(2016, 1, 1), "year"),
        ("March 3, 2016", dt.date(2016, 3, 3), "day"),
        ("on 3 March", dt.date(2016, 3, 3), "day"),
        ("in June 2014", dt.date(2014, 6, 1), "month"),
        ("in 2014", dt.date(2014, 1, 1), "year"),
    ],
)
def test_expressions_resolve_against_publication(text: str, date: dt.date, precision: str) -> None:
    assert resolve(text) == (date, precision)


def test_in_month_is_the_last_such_month_not_in_the_future() -> None:
    assert resolve("in March") == (dt.date(2016, 3, 1), "month")  # this month
    assert resolve("in February") == (dt.date(2016, 2, 1), "month")
    assert resolve("in April") == (dt.date(2015, 4, 1), "month")  # April 2016 is to come
    assert resolve("In December") == (dt.date(2015, 12, 1), "month")


def test_month_day_without_year_takes_the_year_that_keeps_it_past() -> None:
    assert resolve("on November 20") == (dt.date(2015, 11, 20), "day")


def test_modal_may_is_not_a_month() -> None:
    assert find_times("Russian jets may have bombed the town", PUBLISHED) == []
    assert resolve("In May, the army advanced") == (dt.date(2015, 5, 1), "month")


def test_no_publication_date_keeps_relative_expressions_unresolved() -> None:
    for text in ("on Wednesday", "in March", "last week", "yesterday", "3 March"):
        match = find_times(text, None)[0]
        assert match.time.date is None
        assert match.time.text.lower().endswith(text.lower().split()[-1])


def test_no_publication_date_still_resolves_absolute_years() -> None:
    assert resolve("in 2014", None) == (dt.date(2014, 1, 1), "year")
    assert resolve("March 3, 2016", None) == (dt.date(2016, 3, 3), "day")


def test_since_and_old_dates_are_background() -> None:
    since = find_times("has held the town since 2011", PUBLISHED)[0]
    assert since.since and is_background(since.time, PUBLISHED, since=True)
    old = find_times("seized the city in 2014", PUBLISHED)[0]
    assert is_background(old.time, PUBLISHED)
    recent = find_times("on Wednesday", PUBLISHED)[0]
    assert not is_background(recent.time, PUBLISHED)
    this_year = find_times("earlier this year", PUBLISHED)[0]
    assert not is_background(this_year.time, PUBLISHED)


def test_several_expressions_come_back_in_text_order() -> None:
    found = find_times("Rebels who took the town in 2013 lost it on Monday", PUBLISHED)
    assert [m.time.date for m in found] == [dt.date(2013, 1, 1), dt.date(2016, 3, 7)]
