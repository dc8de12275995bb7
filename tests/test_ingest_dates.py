"""Publication dates from the datelines wires and sites print at the top of a story."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.ingest.dates import dateline_date, numeric_date, parse_metadata_date


@pytest.mark.parametrize(
    ("head", "date"),
    [
        ("Thu 03 Mar 2016 Rebels shell the old city.", dt.date(2016, 3, 3)),
        ("Posted on March 3 2016 by a correspondent.", dt.date(2016, 3, 3)),
        ("Last updated at Mar 032016 BEIRUT Shelling resumed.", dt.date(2016, 3, 3)),
        ("2016-03-03 Shelling resumed in the north.", dt.date(2016, 3, 3)),
        # numeric datelines: dots and dashes put the day first
        ("03.03.2016 Shelling resumed in the north.", dt.date(2016, 3, 3)),
        ("11.03.2016(updated 1402 11.03.2016) Get short URL 0 12 Shelling resumed.", dt.date(2016, 3, 11)),
        ("21.03.2016Get short URL 314 Shelling resumed.", dt.date(2016, 3, 21)),  # glued by a feed
        ("09-05-2016 Army units advance near the airport.", dt.date(2016, 5, 9)),
        ("9-05-2016 Army units advance near the airport.", dt.date(2016, 5, 9)),
        ("23-11-2015 Army units advance near the airport.", dt.date(2015, 11, 23)),
        # slashes put the month first; a field above 12 is the day whatever the habit
        ("05/09/2016 Army units advance near the airport.", dt.date(2016, 5, 9)),
        ("05-29-2016 Army units advance near the airport.", dt.date(2016, 5, 29)),
        ("29/05/2016 Army units advance near the airport.", dt.date(2016, 5, 29)),
    ],
)
def test_dateline_formats(head: str, date: dt.date) -> None:
    assert dateline_date(head) == date


def test_weekday_led_dateline_is_found_past_a_long_headline() -> None:
    headline = "Air strikes on a market in a rebel-held town kill dozens as talks stall " * 2
    text = f"{headline}Monitor AFP Tuesday 8 Mar 2016 Air strikes on a market killed 20."
    assert len(headline) > 140
    assert dateline_date(text) == dt.date(2016, 3, 8)


def test_a_date_deep_in_the_text_is_no_dateline() -> None:
    body = "Rebels shelled the town and the army answered with air strikes. " * 5
    assert dateline_date(body + "The siege began on 3 March 2013.") is None
    assert dateline_date(body + "A report dated 03.03.2013 said so.") is None


def test_impossible_numbers_are_no_date() -> None:
    assert dateline_date("31.02.2016 Rebels shelled the town.") is None
    assert dateline_date("Version 14.15.2016 of the report.") is None
    assert numeric_date("31", ".", "04", "2016") is None


def test_metadata_slashes_stay_month_first() -> None:
    assert parse_metadata_date("05/09/2016") == dt.date(2016, 5, 9)
    assert parse_metadata_date("2016-05-09T10:00:00Z") == dt.date(2016, 5, 9)
