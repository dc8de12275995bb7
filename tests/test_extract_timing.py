"""A fact's time, read from its own sentence against the article's date (several
phrasings per rule, whole sentences through the pipeline)."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.pipeline import process_texts
from frontwatch.records import ArticleResult, TimeRef

THURSDAY = dt.date(2016, 3, 10)


def extract(text: str, published: dt.date | None = THURSDAY) -> ArticleResult:
    return process_texts([text], dates=[published])[0]


def attack_time(text: str, published: dt.date | None = THURSDAY) -> TimeRef:
    attacks = [e for e in extract(text, published).events if e.type == "ASSAULT"]
    assert attacks, f"no attack found in {text!r}"
    return attacks[-1].time


@pytest.mark.parametrize(
    ("text", "date", "precision"),
    [
        ("Government aircraft bombed the town of Saraqib on Monday, killing 12 civilians.", dt.date(2016, 3, 7), "day"),
        ("Syrian warplanes struck Douma late on Friday night, killing seven people.", dt.date(2016, 3, 4), "day"),
        ("Rebels shelled the Old City of Aleppo yesterday, a monitor said.", dt.date(2016, 3, 9), "day"),
        ("Rebels shelled the Old City of Aleppo two days ago, a monitor said.", dt.date(2016, 3, 8), "day"),
        ("Islamic State fighters captured the village of Tal Abyad last week.", dt.date(2016, 3, 3), "week"),
        ("Russian jets bombed a market in Idlib earlier this month.", dt.date(2016, 3, 1), "month"),
        ("The army shelled Douma on 24.02.2016, killing four civilians.", dt.date(2016, 2, 24), "day"),
        # no time in the sentence: something that just happened, on the article's day
        ("Government aircraft bombed the town of Saraqib, killing 12 civilians.", THURSDAY, "day"),
    ],
)
def test_a_facts_time_resolves_against_the_articles_date(text, date, precision) -> None:
    time = attack_time(text)
    assert (time.date, time.precision, time.background) == (date, precision, False)


def test_a_day_without_its_year_stays_before_a_new_years_article() -> None:
    time = attack_time("Russian jets bombed a market in Idlib on December 30, killing 20 people.", dt.date(2016, 1, 4))
    assert time.date == dt.date(2015, 12, 30)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Turkey will launch an offensive against Kurdish fighters in Afrin on Friday.", dt.date(2016, 3, 11)),
        ("Turkey plans to attack Kurdish fighters in Manbij on 2 April.", dt.date(2016, 4, 2)),
    ],
)
def test_plans_are_dated_forwards(text: str, date: dt.date) -> None:
    planned = [e for e in extract(text).events if e.claim.certainty == "hypothetical"]
    assert planned and planned[0].time.date == date


@pytest.mark.parametrize(
    "text",
    [
        "Rebels have shelled the government-held districts of Aleppo since the war began.",
        "Rebels have shelled the government-held districts of Aleppo since the start of the conflict.",
        "Islamic State fighters seized Palmyra in 2014.",
        "Rebels have shelled the government-held districts of Aleppo since 2012.",
    ],
)
def test_history_and_long_periods_are_background(text: str) -> None:
    assert attack_time(text).background


def test_a_period_begun_days_ago_is_the_days_news() -> None:
    besieged = [e for e in extract("Government forces have besieged Madaya since Monday.").events]
    assert besieged and besieged[0].time == TimeRef(dt.date(2016, 3, 7), "day", "since Monday", False)


def test_an_undated_text_dates_yearless_days_by_its_last_explicit_date() -> None:
    text = (
        "In July 2015 Saudi-led aircraft bombed Houthi positions. "
        "On 16 July pro-Hadi forces seized control of Aden port."
    )
    result = extract(text, None)
    captures = [c for c in result.control_changes if c.kind == "capture"]
    assert captures and captures[0].time.date == dt.date(2015, 7, 16)
    assert {e.time.date for e in result.events} == {dt.date(2015, 7, 1), dt.date(2015, 7, 16)}


def test_an_undated_text_prefers_the_expression_that_resolves() -> None:
    text = "Just over three years ago, in 2014, Islamic State militants seized the city of Mosul."
    time = attack_time(text, None)
    assert (time.date, time.precision) == (dt.date(2014, 1, 1), "year")


def test_an_undated_text_gives_no_date_where_it_states_none() -> None:
    assert attack_time("Rebels shelled the Old City of Aleppo on Monday.", None).date is None


@pytest.mark.parametrize(
    ("text", "date", "said"),
    [
        ("Sat 05 Mar 2016 at 1514 Regional - Air raids on rebel positions near Azaz killed 35 fighters.", dt.date(2016, 3, 5), ""),
        ("05.03.2016 Air raids on rebel positions near Azaz killed 35 fighters.", dt.date(2016, 3, 5), ""),
        ("Last updated at Mar 052016 BEIRUT Air raids on Azaz killed 35 fighters on Thursday.", dt.date(2016, 3, 3), "on Thursday"),
    ],
)
def test_the_datelines_date_is_the_reports_not_the_facts(text, date, said) -> None:
    from frontwatch.ingest.dates import dateline_date

    time = attack_time(text, dateline_date(text))
    assert (time.date, time.precision, time.text) == (date, "day", said)
