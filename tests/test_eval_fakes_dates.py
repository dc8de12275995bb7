"""FA-KES date scoring: the dateline alone, a day's tolerance, and which day the gold took
where FrontWatch's event day and the article's dateline differ."""

from __future__ import annotations

import datetime as dt

from frontwatch.eval.fakes import date_diagnostics

MON, TUE, WED = dt.date(2016, 7, 11), dt.date(2016, 7, 12), dt.date(2016, 7, 13)


def test_gold_sides_with_the_report_day_or_the_event_day() -> None:
    # (ours, gold) and (dateline, gold) for the same four articles
    ours = [(MON, TUE), (MON, MON), (MON, dt.date(2016, 6, 1)), (TUE, TUE)]
    datelines = [(TUE, TUE), (TUE, MON), (TUE, dt.date(2016, 6, 1)), (TUE, TUE)]
    found = date_diagnostics(ours, datelines)
    assert found["gold_sides_with"] == {"report_day": 1, "event_day": 1, "neither": 1}
    assert found["dateline_baseline"] == 0.5
    assert found["within_1_day"] == 0.75


def test_articles_without_a_date_count_as_misses_not_as_sides() -> None:
    found = date_diagnostics([(None, WED), (WED, WED)], [(None, WED), (None, WED)])
    assert found["gold_sides_with"] == {"report_day": 0, "event_day": 0, "neither": 0}
    assert found["within_1_day"] == 0.5 and found["dateline_baseline"] == 0.0
