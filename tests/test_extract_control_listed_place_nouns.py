"""Places listed each with its own name before its place noun (h-control32): "captured
Aboulin town and al-Salhiya village" takes both, the second unknown to the gazetteer
named by its noun; a listed noun that is no place noun ("and Hezbollah fighters") adds no
place."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import control_changes

PUBLISHED = dt.date(2015, 4, 6)


def taken(text: str) -> set[str]:
    return {p for k, p, _, _ in control_changes(text, PUBLISHED) if k == "capture"}


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Rebels captured Aboulin town and al-Salhiya village on Sunday.", {"Aboulin", "al-Salhiya"}),
        (
            "Government troops cut the road by seizing Morek town and Tal Bazam village.",
            {"Morek", "Tal Bazam"},
        ),
        ("The army seized Qusair town and the nearby Dabaa village, activists said.", {"Qusair", "Dabaa village"}),
    ],
)
def test_each_listed_name_before_its_place_noun_is_taken(
    engine, text: str, places: set[str]
) -> None:
    assert taken(text) == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Rebels captured Aboulin town and Hezbollah fighters.", {"Aboulin"}),
        ("Rebels captured the town of Morek and Hezbollah fighters on Sunday.", {"Morek"}),
    ],
)
def test_a_listed_noun_that_names_no_place_adds_none(engine, text: str, places: set[str]) -> None:
    assert taken(text) == places
