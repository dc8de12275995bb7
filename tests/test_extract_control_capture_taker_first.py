"""A capture told by a noun whose taker comes before the ground ("the capture last week by X of
the towns of A, B and C"): the parser hangs the "of" phrase on the taker, and the places it
names are what X took; an "of" phrase naming a side ("by fighters of the Islamic State") is
who took, not what (extract/control_nouns.py `_ground_after_the_taker`); a "by" right after
the noun and a date that the parser hung on the clause's verb is still the noun's
(`_objects_right_after`). A list closed by "and, most importantly, C" keeps C though the
parser hung it elsewhere (extract/control_names.py `_last_of_list`)."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import control_changes

PUBLISHED = dt.date(2015, 3, 1)


def captures(text: str) -> set[tuple[str, str]]:
    return {(p, new) for k, p, new, _ in control_changes(text, PUBLISHED) if k == "capture"}


@pytest.mark.parametrize(
    ("text", "taken", "taker"),
    [
        (
            (
                "Rebels are retreating around Aleppo after the capture last week by government forces"
                " of the towns of Khanasser, Anadan and Hreitan."
            ),
            {"Khanasser", "Anadan", "Hreitan"},
            "SYR",
        ),
        (
            "The seizure by Kurdish fighters of the town of Tal Abyad cut a key supply line.",
            {"Tal Abyad"},
            "YPG",
        ),
        (
            (
                "Residents fled after the capture on Sunday by Islamic State fighters of the villages"
                " of Tal Tamr and Tal Hamis."
            ),
            {"Tal Tamr", "Tal Hamis"},
            "ISIS",
        ),
    ],
)
def test_ground_named_after_the_taker_was_taken_by_it(
    text: str, taken: set[str], taker: str
) -> None:
    found = captures(text)
    assert {p for p, new in found if new.startswith(taker)} >= taken, found


@pytest.mark.parametrize(
    "text",
    [
        "The capture last year by Kurdish forces of Islamic State commanders in Raqqa weakened the group.",
        "The capture by the army of dozens of fighters near Homs was announced on Sunday.",
    ],
)
def test_people_captured_after_the_taker_are_no_ground(text: str) -> None:
    assert captures(text) == set()


def test_an_of_phrase_naming_the_takers_side_is_no_ground() -> None:
    assert (
        captures(
            "The capture by fighters of the Islamic State group was condemned by the United Nations."
        )
        == set()
    )


@pytest.mark.parametrize(
    "text",
    [
        "Kurdish fighters seized the villages of Tal Rifaat, Mare and, crucially, Azaz on Friday.",
        (
            "Kurdish fighters on Friday seized the towns of Tal Rifaat, Mare and, most importantly,"
            " Azaz."
        ),
    ],
)
def test_a_list_closed_after_an_adverb_keeps_its_last_name(text: str) -> None:
    assert {p for p, new in captures(text) if new == "YPG"} >= {"Tal Rifaat", "Mare", "Azaz"}


def test_a_clause_after_the_list_has_its_own_taker() -> None:
    found = captures(
        "Kurdish fighters seized the villages of Tal Rifaat and Mare, and the rebels later"
        " shelled Azaz."
    )
    assert "Azaz" not in {p for p, _ in found}, found
