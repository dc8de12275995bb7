"""An act whose own clause names no place, while a clause on its target names a village the
gazetteer lacks inside a country ("struck fighters who had ambushed troops near V,
Somalia"), is at the village, located by its country, as when the village is in the act's
own phrase; the country alone would say nothing of where (extract/eventplace.place_for,
_finer_inside on the sentence-wide pick). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2018, 1, 10)


@pytest.mark.parametrize(
    ("text", "trigger", "village"),
    [
        (
            "U.S. Africa Command conducted an airstrike against al-Shabaab militants who attacked Somali army forces on patrol near Bacaw, Somalia, on Jan. 3.",
            "airstrike",
            "Bacaw",
        ),
        (
            "American aircraft struck al-Shabaab fighters who had ambushed Somali troops near Qaryoley, Somalia, on Friday.",
            "struck",
            "Qaryoley",
        ),
    ],
)
def test_a_village_on_the_targets_clause_places_the_act(
    events_found, text: str, trigger: str, village: str
) -> None:
    found = [e for e in events_found(text, PUBLISHED) if e.trigger.lower() == trigger]
    assert found, [(e.type, e.trigger) for e in events_found(text, PUBLISHED)]
    assert all(e.place_text == village and e.place_id.startswith("country:") for e in found)


def test_a_known_town_on_the_targets_clause_stays_the_town(events_found) -> None:
    text = "Drones hit militants who attacked a checkpoint outside Jilib, Somalia, officials said."
    found = [e for e in events_found(text, PUBLISHED) if e.trigger.lower() == "hit"]
    assert found and all(e.place_text == "Jilib" for e in found)
