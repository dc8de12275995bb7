"""Places listed after one capture verb each change hands, also the one a relative clause
follows when the clause only describes it ("A and B, which lie north of T", "A, B and,
above all, C, which sits on the main road"); a relative clause that tells who holds or
takes the place ("H, which Y controls") still keeps it apart, and places after a verb of
movement ("advanced toward D", "fled to E") take none. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import control_changes

PUBLISHED = dt.date(2016, 10, 20)


def taken(text: str) -> set[str]:
    return {p for k, p, _, _ in control_changes(text, PUBLISHED) if k == "capture"}


def takers(text: str) -> set[tuple[str, str]]:
    return {(n, o) for k, _, n, o in control_changes(text, PUBLISHED) if k == "capture"}


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Rebels captured Anadan and Hreitan, which lie north of Aleppo.", {"Anadan", "Hreitan"}),
        (
            "Rebels captured the towns of Tel Rifaat, Mayer and, most notably, Nubl, which lies on the main road.",
            {"Tel Rifaat", "Mayer", "Nubl"},
        ),
        (
            "Iraqi troops retook Ramadi and Fallujah, which lie west of Baghdad, from the jihadists.",
            {"Ramadi", "Fallujah"},
        ),
        (
            "Kurdish fighters have seized Manbij and Jarabulus, which is located near the Turkish border.",
            {"Manbij", "Jarabulus"},
        ),
    ],
)
def test_a_describing_relative_clause_keeps_the_listed_place(text: str, places: set[str]) -> None:
    assert taken(text) == places


def test_each_listed_place_has_the_same_taker_and_loser() -> None:
    text = "Iraqi troops retook Ramadi and Fallujah, which lie west of Baghdad, from Islamic State on Monday."
    found = takers(text)
    assert len(taken(text)) == 2
    assert len(found) == 1
    assert all(new and old for new, old in found)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("The army took Morek and Kafr Zita, which rebels still control.", {"Morek"}),
        ("Kurdish fighters seized Manbij and Jarabulus, which IS had held since 2014.", {"Manbij"}),
        ("Houthi fighters captured Amran and advanced toward Sanaa and Hodeidah.", {"Amran"}),
        (
            "The rebels seized Idlib and Jisr al-Shughour, and government troops fled to Latakia.",
            {"Idlib", "Jisr al-Shughour"},
        ),
    ],
)
def test_a_holder_clause_or_a_movement_takes_no_place(text: str, places: set[str]) -> None:
    assert taken(text) == places
