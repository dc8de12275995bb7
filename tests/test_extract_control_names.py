"""Places reporting names by their kind ("the town of B", "B town", "the villages of B, C
and D") change hands even when no gazetteer and no named-entity model knows B; every name of
such a list is a place of its own. The names below are invented, so no gazetteer holds them."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2023, 3, 1)


def changes(text: str) -> list[tuple[str, str, str]]:
    from frontwatch.pipeline import process_texts

    found = process_texts([text], dates=[PUBLISHED])[0].control_changes
    return [(c.kind, c.place_text, c.place_id) for c in found]


def taken(text: str) -> set[str]:
    return {place for kind, place, _ in changes(text) if kind == "capture"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Government troops recaptured the small town of Kafr Zamlouk on Sunday.", "Kafr Zamlouk"),
        ("The militants said they had seized the village of Dar Wissam after a short battle.",
         "Dar Wissam"),
        ("Rebel fighters overran Qarat Nebbo town late on Friday, residents said.", "Qarat Nebbo"),
        ("The hamlet of Umm Sarhaneh was taken by government forces at dawn.", "Umm Sarhaneh"),
        ("The city of Bir Hassoun fell into the hands of the insurgents on Monday.", "Bir Hassoun"),
    ],
)
def test_a_place_named_by_its_kind_changes_hands_under_its_own_name(text: str, place: str) -> None:
    assert place in taken(text)


def test_an_unknown_town_is_not_moved_to_the_known_town_it_is_measured_from() -> None:
    found = taken("Insurgents captured the town of Jebel Wardan, about 40 km from Mosul, on Friday.")
    assert "Jebel Wardan" in found and "Mosul" not in found


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Russian troops took the villages of Novoselka, Zarichne, Bilohirka and Kamianka Druha.",
         {"Novoselka", "Zarichne", "Bilohirka", "Kamianka Druha"}),
        ("The army said it captured the towns of Tell Marwa, Khirbet Aziz and Umm Sahrij.",
         {"Tell Marwa", "Khirbet Aziz", "Umm Sahrij"}),
    ],
)
def test_every_name_of_a_list_of_villages_is_a_change_of_its_own(text: str, places: set[str]) -> None:
    found = changes(text)
    assert places <= {place for _, place, _ in found}
    assert len({place for _, place, _ in found}) == len(found)  # one record per village


def test_an_actor_after_a_place_noun_is_no_place() -> None:
    found = taken("Islamic State fighters captured the base of the Free Syrian Army near the border.")
    assert "Free Syrian Army" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Militants executed two shepherds after seizing a Syria village on Tuesday.",
        "Gunmen overran an Iraq border post and a Syria village, the ministry said.",
    ],
)
def test_a_country_naming_a_village_is_not_the_place_taken(text: str) -> None:
    assert not {"Syria", "Iraq"} & taken(text)
