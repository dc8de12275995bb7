"""Strikes told as the means of support are the supporter's (extract/supportacts.py
`support_given_by`): "NATO continues support with air strikes" gives the strikes to NATO.
Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extracted import extract

PUBLISHED = dt.date(2017, 6, 1)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("While the Afghan army keeps up operations against the Taliban, NATO continues support with air strikes and with training.", "NATO"),
        ("The coalition continued its support with strikes near Mosul.", "US_COALITION"),
        ("Turkey gave assistance with drone strikes near Tripoli last week.", "TUR"),
    ],
)
def test_strikes_as_the_means_of_support_are_the_supporters(text: str, doer: str) -> None:
    strikes = [e for e in extract(text, PUBLISHED).events if e.trigger == "strikes"]
    assert strikes and all(e.source_actor.startswith(doer) for e in strikes), strikes
