"""A state's name modifying another word says whose the thing is, not where it is (issue
13): "U.S. airstrikes near Raqqa" names Raqqa as a place, not the United States; "the
Syria-Turkey border" or "Lebanon-based gunmen" still name the state as a place (sentences
written for the tests). Found on the tune split: the United States counted among the places
of ten Syrian, Iraqi and African reports for "U.S. contractor", "US-led" and the like.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.mark.parametrize(
    ("text", "state", "town"),
    [
        (
            "Four fighters died overnight in U.S. airstrikes near Raqqa, a monitor said.",
            "United States",
            "Ar Raqqah",
        ),
        (
            "A U.S. contractor was hurt when a drone struck a base outside Hasakah on Monday.",
            "United States",
            "Al Ḩasakah",
        ),
        (
            "Turkish jets bombed Kobani after a Russia envoy left Damascus on Tuesday.",
            "Russia",
            "Damascus",
        ),
        ("Officials said Iran drones hit a fuel depot in Erbil late on Sunday.", "Iran", "Erbil"),
    ],
)
def test_a_state_naming_whose_thing_is_no_place(
    text: str, state: str, town: str, located_names: Callable[[str], set[str]]
) -> None:
    found = located_names(text)
    assert town in found
    assert state not in found


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Shells landed on farms along the Syria-Turkey border, residents said.", "Syria"),
        ("Lebanon-based gunmen crossed into Qusair on Friday, a monitor reported.", "Lebanon"),
        ("Thousands fled the Iraq side of the frontier as the fighting spread.", "Iraq"),
        # an invasion, occupation or election of a state happens in it
        ("The Iraq invasion in 2003 was led by American troops.", "Iraq"),
        ("Syria elections were held in government areas in May.", "Syria"),
    ],
)
def test_a_state_modifying_a_part_of_its_land_stays_a_place(
    text: str, state: str, located_names: Callable[[str], set[str]]
) -> None:
    assert state in located_names(text)
