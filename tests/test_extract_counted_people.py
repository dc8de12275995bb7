"""Counted people of a nation are no side: their state fights no one here
(extract/tieguards.py, ``countrymen.counted_people``). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Israeli troops shot dead two Palestinians near Nablus on Tuesday.", "PSE"),
        ("Turkish police detained 50 Syrians in Istanbul on Monday.", "SYR"),
        ("Lebanese soldiers arrested dozens of Syrians at a checkpoint near Arsal.", "SYR"),
    ],
)
def test_counted_people_tie_no_state(relations_found, text, state) -> None:
    found = relations_found(text, dt.date(2017, 3, 1))
    assert not any(state in (a, b) for _, a, b, _ in found), found


def test_the_people_named_bare_as_a_side_still_back(relations_found) -> None:
    found = relations_found("The Kurdish peshmerga, armed by the Americans, pushed toward the dam.", dt.date(2016, 9, 1))
    assert ("backs", "USA", "PESHMERGA", "asserted") in found, found
