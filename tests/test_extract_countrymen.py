"""Counted people of the country an act hits there are its civilians, not its state
(extract/countrymen.py): "killing 30 Syrians" near a Syrian town, "executed dozens of
Iraqis" near Mosul. Foreigners counted abroad keep their state; troops of the country
("eight Syrian soldiers") are its forces."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2016, 5, 1)


def _targets(text: str, trigger: str) -> set[str]:
    from frontwatch.pipeline import process_texts

    events = process_texts([text], dates=[PUBLISHED])[0].events
    found = {e.target_actor for e in events if e.type == "ASSAULT" and e.trigger == trigger}
    assert found, [(e.type, e.trigger, e.target_actor) for e in events]
    return found


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Government jets bombed a busy market in Douma on Sunday, killing 30 Syrians, a monitor said.",
            "bombed",
        ),
        (
            "Jihadists executed dozens of Iraqis in a village south of Mosul last week, police said.",
            "executed",
        ),
        (
            "Border guards shot dead eight Syrians near the crossing at Jisr al-Shughur on Monday.",
            "shot",
        ),
        (
            "An air raid on a wedding in Kunduz province killed 12 Afghans, local officials said.",
            "killed",
        ),
    ],
)
def test_counted_people_of_the_land_are_civilians(text, trigger):
    assert _targets(text, trigger) == {"GEN_CIVILIANS"}


@pytest.mark.parametrize(
    ("text", "trigger", "not_civilians"),
    [
        # the country's troops are its forces, whatever their number
        (
            "Border guards shot dead eight Syrian soldiers near Jisr al-Shughur on Monday.",
            "shot",
            "GEN_CIVILIANS",
        ),
        # foreigners counted where they are abroad keep their state
        (
            "A drone struck an outpost in Jordan near the Syrian border, killing three Americans.",
            "struck",
            "GEN_CIVILIANS",
        ),
    ],
)
def test_troops_and_foreigners_abroad_are_not_made_civilians(text, trigger, not_civilians):
    assert not_civilians not in _targets(text, trigger)
