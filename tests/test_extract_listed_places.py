"""One act told of several towns listed together is an event at each town that lies apart
from the first ("bombed Saraqeb and Maarat al-Numan", "protests in Port Sudan, Kassala and
Atbara"), the toll told once, also where the parser hangs the list's last name on the verb
("bombings in A, B, and C that killed ..."); not towns close together, areas ("in Syria and
Iraq"), the ends of a span ("between Mosul and Raqqa"), the towns an aim names ("an offensive
to retake Tikrit and Mosul"), nor a name after the list that is an actor or the subject of the
next clause. Sentences written for these tests."""

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
        # the parser hangs the last name of the list on the verb, not on the list
        (
            (
                "Officials condemned the bombings on Saturday in Jarablus, Manbij, and Tal "
                "Rifaat that killed 14 people."
            ),
            "ASSAULT",
            ["Jarablus", "Manbij", "Tal Rifaat"],
        ),
        (
            "Turkish jets hit two towns, Amuda and Qahtaniyah, on Tuesday.",
            "ASSAULT",
            ["Amuda", "Qahtaniyah"],
        ),
        (
            "Car bombs tore through markets in Kirkuk, Tikrit, and Baquba that left dozens dead.",
            "ASSAULT",
            ["Kirkuk", "Tikrit", "Baquba"],
        ),
    ],
)
def test_an_act_at_listed_towns_is_an_event_at_each(
    text: str, kind: str, places: list[str]
) -> None:
    assert sorted(_places(text, kind)) == sorted(places)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Rebels shelled Aleppo, and Damascus accused Ankara of arming them.", "Aleppo"),
        ("Militants attacked checkpoints in Hit, and Baghdad sent reinforcements.", "Hit"),
        # the names after the act's town are the subject of the next clause
        ("Once shells had hit Douma, Homs and Hama were spared for a week.", "Douma"),
    ],
)
def test_a_name_after_the_list_as_an_actor_or_subject_is_no_listed_town(
    text: str, town: str
) -> None:
    assert _places(text, "ASSAULT") == [town]


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
