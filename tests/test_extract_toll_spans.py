"""Tolls counted between two dates, or by a war named beside its source, lend their figure
to no event told in the same sentence (the sample's ACLED export once carried a war's
210,000 dead on a crackdown). Phrasings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2016, 8, 2)


def _event_tolls(text: str) -> list[int]:
    from frontwatch.pipeline import process_texts

    events = process_texts([text], dates=[PUBLISHED])[0].events
    return [e.casualties.killed for e in events if e.casualties.killed is not None]


@pytest.mark.parametrize(
    "text",
    [
        "The rights network said that 8,700 detainees died under torture from April 2011 to May 2016.",
        "Monitors say 3,100 people were killed in air raids on the province from January 2015 until May 2016.",
        "The group documented 870 executions by the militants from April to December last year.",
        (
            "Unrest began when security forces launched a harsh crackdown on marchers in 2011, sparking a "
            "war that has left more than 250,000 people dead according to the UN."
        ),
        (
            "The regime cracked down on the demonstrations, igniting a conflict that has killed at least "
            "280,000 people, the monitor said."
        ),
    ],
)
def test_a_toll_over_a_span_or_a_war_lends_no_event_its_figure(engine, text: str) -> None:
    assert [k for k in _event_tolls(text) if k >= 800] == []


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Shelling killed 14 people in the old city from Monday to Tuesday, medics said.", 14),
        (
            "A car bomb killed 23 people at a checkpoint near Azaz on Sunday, according to the UN.",
            23,
        ),
    ],
)
def test_one_acts_toll_stays_with_it(engine, text: str, killed: int) -> None:
    assert killed in _event_tolls(text)


@pytest.mark.parametrize(
    "text",
    [
        "Since that spring, hundreds of thousands of people have been killed nationwide, according to the UN.",
        "Since then well over 250,000 people have died nationwide, according to the U.N.",
        "Since then some 400,000 people have been killed, according to the United Nations.",
    ],
)
def test_the_source_of_a_wars_toll_is_no_side_of_it(engine, text: str) -> None:
    from frontwatch.pipeline import process_texts

    assert [
        e for e in process_texts([text], dates=[PUBLISHED])[0].events if e.type == "ASSAULT"
    ] == []
