"""Changes of hands in today's wars: a town name the small model misreads as an adverb
("captured Bakhmut") is still what was taken (the towns themselves are tested with the
other wars' front lines in test_places_resolve_doc.py)."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2024, 5, 1)


def captures(text: str) -> list[tuple[str, str, str]]:
    from frontwatch.pipeline import process_texts

    found = process_texts([text], dates=[PUBLISHED])[0].control_changes
    return [(c.kind, c.place_text, c.new_controller) for c in found]


@pytest.mark.parametrize(
    ("text", "place", "taker"),
    [
        ("Russian troops captured Bakhmut after months of fighting.", "Bakhmut", "RUS_MIL"),
        ("Ukrainian forces retook Kupiansk in a lightning counteroffensive.", "Kupiansk", "UKR_MIL"),
        ("Russian units overran Marinka late last year, the general staff said.", "Marinka", "RUS_MIL"),
        ("Houthi fighters stormed Sana'a in September 2014, driving out the cabinet.", "Sana'a", "HOUTHIS"),
        ("It began when Houthi fighters stormed the Yemeni capital Sana'a in 2014.", "Sana'a", "HOUTHIS"),
    ],
)
def test_a_name_the_parser_reads_as_an_adverb_is_the_place_taken(
    engine, text: str, place: str, taker: str
) -> None:
    assert ("capture", place, taker) in captures(text)


def test_people_taken_near_a_town_are_no_change_of_hands(engine) -> None:
    assert captures("Government troops captured dozens of fighters outside Bakhmut.") == []


def test_a_press_spelling_our_data_gives_beats_another_towns_old_name(gazetteer) -> None:
    # GeoNames lists a spelling of Sloviansk among the old names of Nikopol, a larger city
    place = gazetteer.resolve_name("Sloviansk")[0]
    assert (place.name, place.country) == ("Slovyansk", "UKR")


@pytest.mark.parametrize(
    ("text", "place", "holder"),
    [
        ("Russian troops are now in full control of Bakhmut, Wagner said.", "Bakhmut", "RUS_MIL"),
        ("Houthi rebels have been in control of Sanaa since 2014.", "Sanaa", "HOUTHIS"),
        ("Kurdish forces were in control of most of Hasakeh city.", "Hasakeh", "YPG"),
    ],
)
def test_in_control_of_a_place_is_a_holding(engine, text: str, place: str, holder: str) -> None:
    assert ("held", place, holder) in captures(text)


def test_in_control_of_anything_else_holds_no_ground(engine) -> None:
    assert captures("The envoy was in control of the talks in Doha.") == []
