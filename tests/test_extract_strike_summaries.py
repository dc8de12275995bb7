"""A strike summary in a command's release: "X conducted 12 airstrikes in Iraq ... Fighter
aircraft conducted airstrikes near A, B and C". The strikes listed by town name no side;
they take the sides of the air strikes told at the country those towns lie in, a sentence or
two before (extract/unnamed.py `_strikes_in_its_country`). A ground fight told near a town
does not take the sides of air strikes told at the country.
A list of aircraft kinds the parser broke at its first word ("Attack, fighter and bomber
aircraft") tells no attack of its own (extract/listedmodifiers.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import extract

PUBLISHED = dt.date(2015, 6, 14)


def assaults(text: str) -> dict[str, tuple[str, str]]:
    """Place -> (doer, target) of the text's assaults."""
    return {
        e.place_text: (e.source_actor, e.target_actor)
        for e in extract(text, PUBLISHED).events
        if e.type == "ASSAULT" and e.place_text
    }


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        (
            (
                "U.S. and coalition forces kept up attacks on the Islamic State group,"
                " conducting 12 airstrikes in Iraq on Sunday. Bomber and fighter aircraft"
                " conducted 12 airstrikes near Hit, Ramadi, Kirkuk and Sinjar, destroying"
                " fighting positions."
            ),
            ("Hit", "Ramadi", "Kirkuk", "Sinjar"),
        ),
        (
            (
                "American warplanes carried out eight airstrikes against the Islamic State"
                " group in Syria on Friday, the military said. Fighter and bomber aircraft"
                " struck near Raqqa and Deir el-Zour."
            ),
            ("Raqqa", "Deir el-Zour"),
        ),
    ],
)
def test_strikes_listed_by_town_are_the_campaign_told_at_the_country(
    text: str, towns: tuple[str, ...]
) -> None:
    found = assaults(text)
    for town in towns:
        doer, target = found.get(town, ("", ""))
        assert doer.startswith("USA") and target == "ISIS", (town, found)


def test_a_ground_fight_near_a_town_takes_no_sides_of_strikes_at_the_country() -> None:
    found = assaults(
        "Russian jets bombed rebel positions in Syria on Sunday. Heavy fighting was reported"
        " near Aleppo."
    )
    assert found.get("Aleppo", ("", ""))[0] == "", found


@pytest.mark.parametrize(
    "text",
    [
        "Attack, fighter and bomber aircraft conducted 12 airstrikes near Hit and Ramadi.",
        "Attack, fighter and remotely piloted aircraft struck near Raqqa on Sunday.",
        "Attack, bomber and remotely piloted aircraft conducted nine strikes near Hasakah.",
    ],
)
def test_a_kind_of_aircraft_heading_a_list_is_no_attack(text: str) -> None:
    triggers = [e.trigger for e in extract(text, PUBLISHED).events]
    assert "Attack" not in triggers and triggers, triggers


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Attack, counterattack and retreat followed each other for weeks in Aleppo.", "Attack"),
        ("Attacks, shelling and heavy bombardment continued in Aleppo on Sunday.", "Attacks"),
    ],
)
def test_an_attack_in_a_list_of_acts_stays(text: str, first: str) -> None:
    assert first in [e.trigger for e in extract(text, PUBLISHED).events]


@pytest.mark.parametrize(
    ("text", "word", "broken"),
    [
        ("Attack, fighter and bomber aircraft struck near Hit.", "Attack", True),
        ("The spring offensive, code-named Operation Dawn, began near Hama.", "offensive", False),
        ("Attacks, shelling and heavy bombardment continued in Aleppo.", "Attacks", False),
    ],
)
def test_only_a_list_of_describing_words_is_broken_at_its_first(
    text: str, word: str, broken: bool
) -> None:
    from frontwatch.extract.listedmodifiers import heads_a_broken_modifier_list
    from frontwatch.pipeline import get_engine

    doc = get_engine().parse([text])[0]
    tok = next(t for t in doc if t.text == word)
    assert heads_a_broken_modifier_list(tok) is broken
