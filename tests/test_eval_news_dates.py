"""The news scorer's event dates: a product date agrees with a gold date at the gold's precision."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from frontwatch.eval.news_data import GoldTime, read_news
from frontwatch.eval.news_match import time_agrees
from frontwatch.records import TimeRef


@pytest.mark.parametrize(
    ("time", "gold", "agrees"),
    [
        (TimeRef(dt.date(2016, 3, 27), "day"), GoldTime("2016-03-27", "day"), True),
        (TimeRef(dt.date(2016, 3, 26), "day"), GoldTime("2016-03-27", "day"), False),
        (TimeRef(dt.date(2016, 3, 26), "day"), GoldTime("2016-03", "month"), True),
        (TimeRef(dt.date(2016, 3, 1), "month"), GoldTime("2016", "year"), True),
        (TimeRef(dt.date(2016, 3, 1), "month"), GoldTime("2016-03-27", "day"), False),  # too coarse
        (TimeRef(dt.date(2016, 3, 24), "week"), GoldTime("2016-03-24", "day"), False),
        (TimeRef(dt.date(2016, 3, 24), "week"), GoldTime("2016-03", "month"), True),
        (TimeRef(None), GoldTime("2016", "year"), False),
        (None, GoldTime("2016", "year"), False),
    ],
)
def test_time_agrees_at_the_golds_precision(time, gold, agrees) -> None:
    assert time_agrees(time, gold) is agrees


def test_a_date_that_does_not_fit_its_precision_is_a_recorded_problem(tmp_path) -> None:
    capture = {"place": "Palmyra", "lat": 34.56, "lon": 38.28, "new_controller": "G_ARMY"}
    item = {"war": "syria", "publication_date": "2016-03-27", "text": "The army took Palmyra.",
            "relations": [], "events": [], "places": []}
    items = [
        {**item, "id": "ok", "control_changes": [{**capture, "date": "2016-03", "date_precision": "month"}]},
        {**item, "id": "bad", "control_changes": [{**capture, "date": "2016-03", "date_precision": "day"}]},
    ]
    gold = {"actors": [{"id": "G_ARMY", "aliases": ["Syrian army"]}], "items": items}
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    news = read_news(tmp_path)
    by_id = {item.id: item for item in news.items}
    assert by_id["ok"].control[0].when == GoldTime("2016-03", "month")
    assert by_id["bad"].control == []
    assert any("does not fit date_precision" in problem for problem in news.problems)
