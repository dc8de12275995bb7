"""Resistance put up: "X put up stiff resistance as Y advanced", "X offered resistance to
Y's push": X fights Y, both armed sides (extract/resistance.py, ``offering_verbs``)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extracted import top_ties

PUBLISHED = dt.date(2016, 11, 20)


def _fights(text: str, actor_kb) -> set[frozenset[str]]:  # type: ignore[no-untyped-def]
    return top_ties(text, "fights", actor_kb, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Al-Shabab militants put up stiff resistance as Somali troops advanced on the port.",
            ("AL_SHABAAB", "SOM"),
        ),
        (
            "The Taliban offered fierce resistance to the Afghan army's push into the district.",
            ("TALIBAN", "AFG"),
        ),
        (
            "Houthi fighters mounted a stubborn resistance against Yemeni government forces in the hills.",
            ("HOUTHIS", "YEM"),
        ),
        (
            "Islamic State militants put up fierce resistance while Iraqi troops closed in on the town.",
            ("ISIS", "IRQ"),
        ),
    ],
)
def test_who_puts_up_resistance_fights_whom_it_resists(engine, actor_kb, text, pair) -> None:  # type: ignore[no-untyped-def]
    assert frozenset(actor_kb.top_of(p) for p in pair) in _fights(text, actor_kb)


@pytest.mark.parametrize(
    "text",
    [
        # no armed side puts it up
        "Villagers put up resistance as Somali troops arrived to search their homes.",
        # a state resisting a plan at talks is politics, and a plan is no side
        "Russia offered resistance to the ceasefire plan at the talks in Geneva.",
    ],
)
def test_resistance_of_no_armed_side_is_no_fight(engine, actor_kb, text) -> None:  # type: ignore[no-untyped-def]
    assert _fights(text, actor_kb) == set()
