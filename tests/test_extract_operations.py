"""Ties stated through an operation (extract/operations.py): whose offensive is supported,
who wages a campaign "against" someone, and what an "anti-X" modifier says.
Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2017, 5, 1)


@pytest.fixture
def ties_of(relations_found: Any) -> Any:
    return lambda text: {(k, a, b) for k, a, b, _ in relations_found(text, PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            (
                "The Raqqa campaign was launched by the Syrian Democratic Forces against the "
                "Islamic State."
            ),
            ("fights", "SDF", "ISIS"),
        ),
        (
            (
                "Last spring the Syrian Democratic Forces began an offensive that they mounted "
                "against the Islamic State near Tabqa, and the campaign launched by the YPG "
                "against the Islamic State in Hasakah followed."
            ),
            ("fights", "YPG", "ISIS"),
        ),
        (
            "The anti-ISIS coalition carried out 20 raids near Mosul.",
            ("fights", "US_COALITION", "ISIS"),
        ),
        (
            "Anti-Assad rebels shelled the outskirts of the town.",
            ("fights", "GEN_REBELS", "SYR"),
        ),
        (  # support for the operation the sentence before names
            (
                "Syrian Democratic Forces initiated ground operations on Monday. The ground "
                "offensive, supported by coalition air and artillery strikes, will clear the valley."
            ),
            ("backs", "US_COALITION", "SDF"),
        ),
        (  # the operation's owner in the phrase
            (
                "The SDF ground offensive, aimed at clearing the town, is bolstered by coordinated "
                "coalition air strikes."
            ),
            ("backs", "US_COALITION", "SDF"),
        ),
        (  # a battle whose doer the sentence before names as the agent
            (
                "The Raqqa campaign was launched by the Syrian Democratic Forces in 2016. The battle "
                "was supported by air strikes and special forces from the US-led coalition."
            ),
            ("backs", "US_COALITION", "SDF"),
        ),
    ],
)
def test_ties_stated_through_an_operation_or_an_anti_modifier(
    text: str, tie: tuple[str, str, str], ties_of: Any
) -> None:
    assert tie in ties_of(text)


def test_a_name_after_anti_is_never_the_side_it_modifies(ties_of: Any) -> None:
    ties = ties_of(
        "Bolstered by heavy U.S.-led airstrikes, anti-IS militias raised their flags "
        "over the frontier town on Friday."
    )
    assert not {t for t in ties if t[2] == "ISIS" and t[0] != "fights"}
    assert ("backs", "US_COALITION", "ISIS") not in ties
