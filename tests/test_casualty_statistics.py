"""A toll over a period is a statistic with its period, stored in its own table and lent
to no event; a number is a casualty count only when the grammar makes it one. Phrasings
written for this test in wire style."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import pytest

from frontwatch.pipeline import process_texts
from frontwatch.records import ArticleResult

PUBLISHED = dt.date(2016, 5, 2)


@lru_cache(maxsize=64)
def _result(text: str) -> ArticleResult:
    result = process_texts([text], dates=[PUBLISHED])[0]
    assert not result.error, result.error
    return result


def _event_tolls(text: str) -> list[int]:
    return [e.casualties.killed for e in _result(text).events if e.casualties.killed is not None]


@pytest.mark.parametrize(
    ("text", "killed", "start", "period"),
    [
        ("More than 340,000 people have been killed across the country since the uprising began in March 2011.",
         340000, dt.date(2011, 3, 1), "since the uprising began in March 2011"),
        ("The death toll since the offensive began has risen to 1,200, the monitor said.",
         1200, None, "since the offensive began"),
        ("Coalition air strikes have killed about 600 people since September 2014, according to the monitor.",
         600, dt.date(2014, 9, 1), "since September 2014"),
        ("Over 80 civilians have been killed in Saraqib since a Russian-brokered truce collapsed on April 2.",
         80, dt.date(2016, 4, 2), "since a Russian - brokered truce collapsed on April 2"),
        ("More than 900 people were killed in Idlib province during the past month, rescuers said.",
         900, None, "during the past month"),
        ("Government bombardment killed 210 people in two weeks of fighting around Douma.", 210, None,
         "in two weeks of fighting around Douma"),
        ("The overall death toll in the country now stands at 250,000.", 250000, None, "overall"),
        ("The war, which has killed more than 290,000 people, entered its sixth year.", 290000, None, ""),
    ],
)
def test_a_periods_toll_is_a_statistic_with_its_period(text, killed, start, period):
    (statistic,) = _result(text).statistics
    assert statistic.killed == killed
    assert (statistic.period_start, statistic.period_text) == (start, period)
    assert statistic.period_end == PUBLISHED  # the toll as of the article's day
    assert statistic.evidence is not None and statistic.evidence.sentence == text
    assert killed not in _event_tolls(text), "a period's toll must lend its figure to no event"


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Government airstrikes have killed at least 12 people in Douma since Monday, activists said.", 12),
        ("The death toll from the bombing of the market has risen to 45.", 45),
        ("A car bomb killed 45 people in Azaz on Sunday.", 45),
        ("Air strikes killed 31 people in Ariha in two days of bombing.", 31),
        (("A helicopter was shot down near Saraqib on Monday, killing all 4 crew in the worst loss since "
          "the intervention began in 2015."), 4),
    ],
)
def test_one_acts_toll_stays_with_its_event(text, killed):
    assert killed in _event_tolls(text)
    assert _result(text).statistics == []


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("07-08-2014 At least 19 people were killed in a car bombing at a checkpoint outside Azaz.", 19),
        ("At 10:30 on Tuesday a car bomb killed five soldiers in Azaz.", 5),
        ("Get short URL 191 A car bomb killed 24 soldiers near Raqqa on Monday.", 24),
        ("In 2013 a car bomb killed 31 people in Azaz, the monitor recalled.", 31),
        ("Article 4412 A car bomb killed 9 people in Azaz on Monday.", 9),
        ("Get short URL 307 A total of 9 fighters died in clashes near Manbij on Sunday.", 9),
        ("Photo ID 3321 Twelve soldiers were killed in a car bomb attack in Azaz.", 12),
        ("Updated 14:05 GMT Twenty soldiers were killed in an ambush near Palmyra.", 20),
    ],
)
def test_dates_times_years_and_ids_are_never_counts(text, killed):
    assert _event_tolls(text) == [killed]


def test_statistics_are_stored_and_exported_as_their_own_table(tmp_path):
    from frontwatch.export import export
    from frontwatch.store import Store

    text = "More than 340,000 people have been killed across the country since the uprising began in March 2011."
    with Store(tmp_path / "t.duckdb") as store:
        store.write_results([_result(text)])
        rows = store.query("SELECT killed, period_start, period_end, period_text, sentence FROM casualty_statistics")
        count = export(store, "csv", tmp_path / "s.csv", table="casualty_statistics")
    assert rows == [{"killed": 340000, "period_start": dt.date(2011, 3, 1), "period_end": PUBLISHED,
                     "period_text": "since the uprising began in March 2011", "sentence": text}]
    assert count == 1


@pytest.mark.parametrize(
    ("text", "killed", "start"),
    [  # the "since ..." of the deeds counted, of the deed the toll hangs on, or of the verb
        #   a participle toll hangs on: still a sum up to now from long before
        ("More than 400 coalition raids since last August have killed at least 150 civilians, the monitor said.",
         150, dt.date(2015, 8, 1)),
        ("The town has been under heavy shelling since January which has killed over 90 people.",
         90, dt.date(2016, 1, 1)),
        ("Russian warplanes have pounded rebel towns since February 2016, killing more than 700 people.",
         700, dt.date(2016, 2, 1)),
    ],
)
def test_a_since_of_the_deeds_a_toll_counts_makes_it_a_periods(text, killed, start):
    (statistic,) = _result(text).statistics
    assert (statistic.killed, statistic.period_start) == (killed, start)
    assert killed not in _event_tolls(text)


@pytest.mark.parametrize(
    ("text", "killed"),
    [  # ... but not a toll inside a "since" clause, nor one whose deed began days ago
        ("The market reopened for the first time since a car bomb that killed 20 people in March.", 20),
        ("Jets have bombed Douma since Saturday, killing 14 civilians.", 14),
        ("Rebels shelled a district held by the army since 2013, killing 6 people.", 6),
    ],
)
def test_a_since_of_another_clause_or_of_days_keeps_the_toll_with_its_event(text, killed):
    assert killed in _event_tolls(text)
    assert _result(text).statistics == []
