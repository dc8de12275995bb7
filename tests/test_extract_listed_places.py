"""One act told of several towns listed together is an event at each town that lies apart
from the first ("bombed Saraqeb and Maarat al-Numan", "protests in Port Sudan, Kassala and
Atbara"), the toll told once; not towns close together, areas ("in Syria and Iraq"), the
ends of a span ("between Mosul and Raqqa") nor the towns an aim names ("an offensive to
retake Tikrit and Mosul"). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extracted import extract

PUBLISHED = dt.date(2019, 4, 2)


def _places(text: str, kind: str) -> list[str]:
    """The place of every plainly told event of one type."""
    events = extract(text, PUBLISHED).events
    plain = ("asserted", "attributed")
    return [e.place_text for e in events if e.type == kind and e.claim.certainty in plain]


@pytest.mark.parametrize(
    ("text", "kind", "places"),
    [
        (
            "Government jets bombed Saraqeb and Maarat al-Numan on Monday.",
            "ASSAULT",
            ["Saraqeb", "Maarat al-Numan"],
        ),
        (
            "Kurdish forces retook Tal Abyad and Ain Issa from the jihadists.",
            "ASSAULT",
            ["Tal Abyad", "Ain Issa"],
        ),
        (
            "Protests also took place in Port Sudan, Kassala and Atbara on Friday.",
            "PROTEST",
            ["Port Sudan", "Kassala", "Atbara"],
        ),
        (
            "Airstrikes hit the towns of Saraqeb and Ariha, activists said.",
            "ASSAULT",
            ["Saraqeb", "Ariha"],
        ),
        (
            "Rallies were held in other cities including Kassala, Nyala and Atbara on Friday.",
            "PROTEST",
            ["Kassala", "Nyala", "Atbara"],
        ),
    ],
)
def test_an_act_at_listed_towns_is_an_event_at_each(
    text: str, kind: str, places: list[str]
) -> None:
    assert sorted(_places(text, kind)) == sorted(places)


def test_the_toll_is_told_once() -> None:
    text = "Barrel bombs fell on Darayya and Zabadani on Sunday, killing 12 civilians."
    events = [e for e in extract(text, PUBLISHED).events if e.type == "ASSAULT"]
    assert len(events) == 2
    assert sorted(e.casualties.killed or 0 for e in events) == [0, 12]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The army shelled Kafr Nabl and Hass on Monday.", 1),  # a few km apart: one scene
        ("Coalition jets struck Islamic State targets in Syria and Iraq on Monday.", 1),
        ("Fighting raged on the road between Mosul and Raqqa on Friday.", 1),
        ("The offensive to retake the cities of Tikrit and Mosul began in the spring.", 1),
    ],
)
def test_no_copy_for_near_towns_areas_spans_or_aims(text: str, count: int) -> None:
    assert len(_places(text, "ASSAULT")) == count
