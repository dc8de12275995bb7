"""A strike list's head names the doer, its lines do not: "In Iraq, coalition forces
conducted six strikes against ISIS targets:" then "-- Near Mosul, two strikes destroyed an
ISIS checkpoint". Each listed strike takes the doer of the line that opens its list (else
the article's lead), and the head's target where the line names none; the line's own
target stays. The lead that only announces the listed strikes, told at no place, is no
assault of its own. "U.S. and coalition military forces" (and troops, jets) are the
coalition acting (extract/listedstrikes.py; 07_foreign_states.yaml)."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import extract

PUBLISHED = dt.date(2016, 9, 20)


def assaults(text: str) -> list[tuple[str, str, str]]:
    """(place, doer, target) of the text's assaults."""
    return [
        (e.place_text, e.source_actor, e.target_actor)
        for e in extract(text, PUBLISHED).events
        if e.type == "ASSAULT"
    ]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Iraqi troops and Peshmerga fighters fought ISIS near Kirkuk.\n\nIn Iraq, coalition"
            " military forces carried out nine strikes against ISIS targets:\n\n-- Near Mosul, two strikes destroyed an ISIS checkpoint.\n\n"
            "-- Near Ramadi, a strike hit an ISIS tactical unit and a bunker.\n\n"
            "-- Near Fallujah, three strikes destroyed an ISIS weapons cache.\n\n"
            "-- Near Tikrit, three strikes engaged two ISIS fighting positions."
        ),
        (
            "Syrian troops and Hezbollah fought the Islamic State near Palmyra.\n\nIn Iraq, coalition"
            " warplanes conducted ten strikes against the Islamic State:\n"
            "• Near Fallujah, three strikes destroyed an ISIL mortar position.\n"
            "• Near Tikrit, four strikes engaged an ISIL unit and damaged a vehicle.\n"
            "• Near Mosul, a strike suppressed an ISIL rocket team.\n"
            "• Near Ramadi, two strikes destroyed two ISIL bunkers."
        ),
        (
            "U.S. and coalition military forces struck Islamic State terrorists in Iraq again"
            " yesterday, officials said.\n\nFighter aircraft conducted nine strikes:\n\n"
            "-- Near Ramadi, five strikes destroyed a tunnel and a bunker.\n\n"
            "-- Near Mosul, four strikes suppressed an ISIS mortar team."
        ),
    ],
)
def test_listed_strikes_take_the_doer_of_their_head(text: str) -> None:
    found = {place: (doer, target) for place, doer, target in assaults(text) if place}
    for town in ("Mosul", "Ramadi", "Fallujah", "Tikrit"):
        if town in text:
            # the head's doer, and ISIS: the line's own target or the head's
            assert found.get(town) == ("US_COALITION", "ISIS"), (town, found)


def test_a_lead_that_only_announces_the_list_is_no_assault_of_its_own() -> None:
    text = (
        "U.S. and coalition troops continued to attack Islamic State terrorists yesterday,"
        " officials reported today.\n\nFighter aircraft conducted eight strikes:\n\n"
        "-- Near Raqqa, five strikes destroyed a headquarters.\n\n"
        "-- Near Tabqa, three strikes destroyed a weapons cache."
    )
    found = assaults(text)
    assert all(place for place, _, _ in found), found  # no placeless copy of the lead
    assert {place for place, _, _ in found} >= {"Raqqa", "Tabqa"}, found


@pytest.mark.parametrize(
    "text",
    [
        # a list line naming its own doer keeps it
        (
            "In Syria, coalition aircraft conducted four strikes against ISIS targets:\n\n"
            "-- Near Raqqa, Russian jets struck an ISIS headquarters.\n\n"
            "-- Near Tabqa, Russian warplanes bombed an ISIS depot."
        ),
        # a strike the reporter left unattributed on purpose
        (
            "In Syria, coalition aircraft conducted four strikes against ISIS targets:\n\n"
            "-- Near Raqqa, unidentified aircraft struck a convoy.\n\n"
            "-- Near Tabqa, unknown drones hit a depot."
        ),
    ],
)
def test_a_line_naming_its_own_doer_or_none_on_purpose_takes_no_head(text: str) -> None:
    found = {place: doer for place, doer, _ in assaults(text) if place}
    assert found.get("Raqqa") != "US_COALITION" and found.get("Tabqa") != "US_COALITION", found


def test_a_story_without_list_lines_is_left_to_the_story_rules() -> None:
    found = assaults(
        "In Syria, coalition aircraft conducted four strikes against ISIS targets on Sunday."
        " Near Raqqa, Russian jets struck a market. Near Tabqa, jets hit a bakery."
    )
    assert ("Raqqa", "US_COALITION", "ISIS") not in found, found
