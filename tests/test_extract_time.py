"""The time resolver: relative expressions against publication, precision, background."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.errors import InvalidKnowledgeBase
from frontwatch.extract.timeref import Reference, checked_time_cues, find_times, is_background
from frontwatch.records import TimeRef

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


# ---- weekdays, day parts and relative days around the article's own weekday ----------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("late Monday", dt.date(2016, 3, 7)),
        ("early Wednesday", dt.date(2016, 3, 9)),  # the day before the Thursday article
        ("on Friday night", dt.date(2016, 3, 4)),  # after Thursday in the week: last week's
        ("Saturday evening", dt.date(2016, 3, 5)),
        ("early Sunday morning", dt.date(2016, 3, 6)),
        ("on Thursday", dt.date(2016, 3, 10)),  # the article's own weekday: that day
        ("two days ago", dt.date(2016, 3, 8)),
        ("the day before yesterday", dt.date(2016, 3, 8)),
    ],
)
def test_weekdays_before_and_after_the_articles_weekday(text: str, date: dt.date) -> None:
    assert resolve(text) == (date, "day")


def test_periods_keep_their_precision() -> None:
    assert resolve("earlier this month") == (dt.date(2016, 3, 1), "month")
    assert resolve("late last week") == (dt.date(2016, 3, 7), "week")
    assert resolve("a week ago") == (dt.date(2016, 3, 3), "week")
    assert resolve("in recent days") == (dt.date(2016, 3, 7), "week")


# ---- a day or month without its year ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("on December 30", dt.date(2016, 1, 5), dt.date(2015, 12, 30)),  # over New Year
        ("on 28 December", dt.date(2016, 1, 2), dt.date(2015, 12, 28)),
        ("on January 3", dt.date(2015, 12, 30), dt.date(2015, 1, 3)),  # never four days ahead
        ("on March 11", dt.date(2016, 3, 10), dt.date(2016, 3, 11)),  # a day's time-zone slack
        ("on 29 February", dt.date(2016, 3, 10), dt.date(2016, 2, 29)),
        ("on 3 May", dt.date(2016, 5, 3), dt.date(2016, 5, 3)),
    ],
)
def test_a_day_without_a_year_takes_the_last_such_day(text, published, date) -> None:
    assert resolve(text, published) == (date, "day")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("on Friday", dt.date(2016, 3, 11)),
        ("on Thursday", dt.date(2016, 3, 10)),
        ("on Wednesday", dt.date(2016, 3, 16)),
        ("on March 25", dt.date(2016, 3, 25)),
        ("on 2 January", dt.date(2017, 1, 2)),
        ("in April", dt.date(2016, 4, 1)),
    ],
)
def test_plans_read_weekdays_and_yearless_dates_forwards(text: str, date: dt.date) -> None:
    (match,) = find_times(text, PUBLISHED, future=True)
    assert match.time.date == date


@pytest.mark.parametrize(
    ("text", "anchor", "date"),
    [
        ("On 16 July the forces seized the port", TimeRef(dt.date(2015, 7, 1), "month"), dt.date(2015, 7, 16)),
        ("On 3 January the army advanced", TimeRef(dt.date(2014, 12, 20), "day"), dt.date(2015, 1, 3)),
        ("On 3 December the army advanced", TimeRef(dt.date(2014, 1, 1), "year"), dt.date(2014, 12, 3)),
        ("By June 22 the town had fallen", TimeRef(dt.date(2023, 4, 15), "day"), dt.date(2023, 6, 22)),
    ],
)
def test_undated_text_takes_the_year_of_its_last_explicit_date(text, anchor, date) -> None:
    (match,) = find_times(text, Reference(None, narrative=anchor))
    assert (match.time.date, match.time.precision) == (date, "day")


def test_undated_text_leaves_weekdays_and_relative_days_unresolved() -> None:
    anchor = TimeRef(dt.date(2015, 7, 1), "month")
    for text in ("on Monday", "yesterday", "last week"):
        assert find_times(text, Reference(None, narrative=anchor))[0].time.date is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("24.08.2013", dt.date(2013, 8, 24)),
        ("on 05-09-2015", dt.date(2015, 9, 5)),
        ("on 05/09/2015", dt.date(2015, 5, 9)),
        ("on 09/23/2015", dt.date(2015, 9, 23)),
    ],
)
def test_numeric_dates_read_as_datelines_read_them(text: str, date: dt.date) -> None:
    assert resolve(text) == (date, "day")


# ---- background: history and periods ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "since the war began",
        "since the start of the conflict",
        "since the uprising broke out",
        "since its civil war erupted",
        "over the past five years",
        "during the last two decades",
    ],
)
def test_periods_with_no_date_of_their_own_are_background(text: str) -> None:
    (match,) = find_times(f"More than 300,000 people have died {text}.", PUBLISHED)
    assert match.since and match.time.date is None
    assert is_background(match.time, PUBLISHED, since=True)


def test_historical_years_are_background_and_recent_periods_are_not() -> None:
    for text, background in [
        ("last year's offensive", True),
        ("in 2014", True),
        ("since 2011", True),
        ("since January", True),
        ("since Monday", False),
        ("since early Tuesday", False),
        ("earlier this year", False),
    ]:
        match = find_times(text, PUBLISHED)[0]
        assert is_background(match.time, PUBLISHED, since=match.since) is background, text


def test_a_broken_time_section_is_reported_whole() -> None:
    with pytest.raises(InvalidKnowledgeBase) as raised:
        checked_time_cues({"weekdays": [], "relative": [{"pattern": "(("}], "background_days": -1})
    message = str(raised.value)
    assert "time.months" in message and "time.background_days" in message and "'(('" in message


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the night that ended on the report's day
        ("US-led jets struck Raqqa overnight, a monitor said", PUBLISHED),
        ("overnight clashes left 12 dead", PUBLISHED),
        ("Overnight, barrel bombs hit the town", PUBLISHED),
        # "last night" began the day before
        ("the rockets fell last night", dt.date(2016, 3, 9)),
        # a weekday with its part of the day is that weekday
        ("the convoy was hit on Monday overnight", dt.date(2016, 3, 7)),
        ("shelled late Tuesday night", dt.date(2016, 3, 8)),
    ],
)
def test_overnight_is_the_report_day_unless_a_weekday_says_otherwise(
    text: str, date: dt.date
) -> None:
    assert resolve(text) == (date, "day")


HISTORY_PUBLISHED = dt.date(2016, 9, 1)


def _killing_times(text: str) -> list[TimeRef]:
    from frontwatch.pipeline import process_texts

    result = process_texts([text], dates=[HISTORY_PUBLISHED])[0]
    return [e.time for e in result.events if e.casualties.killed]


@pytest.mark.parametrize(
    "text",
    [
        "The town was the centre of a revolt in 1982 which was crushed by government troops, with up to 10000 people killed in the shelling.",
        "The province was the heart of a rebellion in 1994 which was put down by the army, with some 3000 villagers killed in the air raids.",
        "The region was the heart of an insurgency in 1999 which was put down by the army, with some 2000 people killed in the air raids.",
    ],
)
def test_a_sentence_of_long_ago_does_not_date_its_deaths_to_the_report(text: str) -> None:
    times = _killing_times(text)
    assert times, "the sentence tells of deaths"
    assert all(t.date != HISTORY_PUBLISHED and t.background for t in times), times


@pytest.mark.parametrize(
    "text",
    [
        "Rebels who have held the town since 2012 shelled the market, killing four people.",
        "Fighters who joined the group in 2015 attacked the checkpoint, killing six soldiers.",
        "Government aircraft bombed the town, which rebels seized in 2013, killing 11 people.",
    ],
)
def test_a_past_year_elsewhere_in_the_sentence_leaves_todays_deaths_on_the_report_day(text: str) -> None:
    times = _killing_times(text)
    assert times, "the sentence tells of deaths"
    assert any(t.date == HISTORY_PUBLISHED for t in times), times
