"""A capture told in a relative clause takes the ground its noun names, not goods."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2016, 6, 27)


def types_of(text: str) -> list[str]:
    from frontwatch.pipeline import process_texts

    return [e.type for e in process_texts([text], dates=[PUBLISHED])[0].events]


@pytest.mark.parametrize(
    "text",
    [
        "Fallujah was the first major city the Islamic State had managed to capture.",
        "Ramadi is the town that Iraqi forces recaptured in December.",
        "The base the militants overran lies near Baidoa.",
    ],
)
def test_ground_taken_in_a_relative_clause_is_an_assault(engine, text: str) -> None:
    assert types_of(text) == ["ASSAULT"]


def test_goods_taken_in_a_relative_clause_stay_a_seizure(engine) -> None:
    assert types_of("The weapons the rebels seized were sold in Idlib.") == ["COERCE"]
