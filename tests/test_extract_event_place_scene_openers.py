"""A place that opens a sentence ahead of its teller sets the scene of all the sentence
tells ("In the town of X, activists said jets bombed a market": the bombing is at X), while
a place the teller spoke in is not where the act was ("a spokesman said in Ankara that jets
struck militants"): eventplace._sets_the_scene. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2016, 3, 1)


def assault_places(events_found, text: str) -> list[str]:
    found = [e.place_text for e in events_found(text, PUBLISHED) if e.type == "ASSAULT"]
    assert found, events_found(text, PUBLISHED)
    return found


@pytest.mark.parametrize(
    ("text", "where"),
    [
        (
            "In the eastern town of Douma, activists said government jets bombed a crowded market.",
            "Douma",
        ),
        ("In Mosul, police said a car bomb killed five people on Tuesday.", "Mosul"),
        (
            "In the northern city of Aleppo, the army said rebels attacked several positions overnight.",
            "Aleppo",
        ),
        ("But in Raqqa, residents told reporters that airstrikes hit a bakery.", "Raqqa"),
    ],
)
def test_a_place_opening_the_report_is_where_the_act_was(
    events_found, text: str, where: str
) -> None:
    assert all(place == where for place in assault_places(events_found, text))


def test_a_place_after_the_teller_names_where_the_act_was(events_found) -> None:
    text = "Officials said in Baghdad that militants attacked a checkpoint near Tikrit."
    assert all(place == "Tikrit" for place in assault_places(events_found, text))


def test_the_place_a_teller_spoke_in_is_not_where_the_act_was(events_found) -> None:
    text = "A Turkish military spokesman said in Ankara that jets struck PKK militants overnight."
    assert all(place != "Ankara" for place in assault_places(events_found, text))
