"""Several towns taken by one verb (h-places34): each town far enough from the others to be
another scene gets an assault of its own, not one assault moved on to the list's last town;
"secured" tells a capture when told as done; and press spellings of towns the gazetteer
knows under another transliteration are read as those towns."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import extract

PUBLISHED = dt.date(2017, 10, 5)


def assault_places(text: str) -> list[str]:
    return sorted(
        e.place_text for e in extract(text, PUBLISHED).events if e.type == "ASSAULT" and e.mode == "seize"
    )


def plain_captures(text: str) -> set[str]:
    return {
        c.place_text
        for c in extract(text, PUBLISHED).control_changes
        if c.kind == "capture" and c.claim.certainty in ("asserted", "attributed")
    }


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Iraqi troops have reclaimed their territory from ISIL at Mosul Dam, Rabia and Zumar.",
            ["Mosul Dam", "Rabia", "Zumar"],
        ),
        (
            "Kurdish fighters recaptured Sinjar, Zumar and other areas, including Rabia.",
            ["Rabia", "Sinjar", "Zumar"],
        ),
        ("Rebels took Raqqa and Tabqa from the army on Sunday.", ["Raqqa", "Tabqa"]),
        (
            "By the end of the month the army had captured Palmyra, Qaryatain and Sukhnah.",
            ["Palmyra", "Qaryatain", "Sukhnah"],
        ),
    ],
)
def test_each_town_a_capture_verb_takes_is_an_assault_of_its_own(
    engine, text: str, places: list[str]
) -> None:
    assert assault_places(text) == places


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # villages a few km apart: one scene, one assault (events.yaml listed_places min_km)
        ("Government troops seized Kafr Nabl, Hass and Kafr Sajna on Monday.", 1),
        # a province taken with its city is no second town
        ("Rebels took Mosul and Nineveh province.", 1),
    ],
)
def test_near_towns_and_areas_add_no_assault(engine, text: str, count: int) -> None:
    assert len(assault_places(text)) == count


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("In March the Iraqi army secured Ramadi and attempted to regain Fallujah.", "Ramadi"),
        ("The town of Hit was secured by Iraqi troops on Friday.", "town of Hit"),
        ("Kurdish fighters secured Sinjar after a two-day battle.", "Sinjar"),
        ("Iraqi forces have already secured the town of Qaim, the statement said.", "Qaim"),
    ],
)
def test_secured_told_as_done_is_a_capture(engine, text: str, place: str) -> None:
    assert place in plain_captures(text)


@pytest.mark.parametrize(
    "text",
    [
        "Militiamen who were securing the shrine in Samarra withdrew.",
        "Troops were sent to secure Tikrit ahead of the vote.",
        "Soldiers secure the road to Baiji every night.",
        "The army will secure Ramadi in the coming weeks.",
        "Tribal elders secured a ceasefire in Hit after two days of talks.",
    ],
)
def test_securing_as_guarding_or_to_come_is_no_capture(engine, text: str) -> None:
    assert plain_captures(text) == set()


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        ("Government forces captured Maarat Naaman on Tuesday.", 35.65, 36.68),
        ("Peshmerga fighters retook Rabiya from the Islamic State.", 36.80, 42.10),
        ("Government forces shelled the village of Teldau on Friday.", 34.88, 36.52),
    ],
)
def test_press_spellings_read_as_the_gazetteer_town(engine, text: str, lat: float, lon: float) -> None:
    result = extract(text, PUBLISHED)
    places = {p.id: p for p in result.places}
    ids = [e.place_id for e in result.events] + [c.place_id for c in result.control_changes]
    assert any(
        i in places and abs(places[i].latitude - lat) < 0.05 and abs(places[i].longitude - lon) < 0.05
        for i in ids
    ), ids
