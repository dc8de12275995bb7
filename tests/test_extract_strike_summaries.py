"""A strike summary in a command's release: "X conducted 12 airstrikes in Iraq ... Fighter
aircraft conducted airstrikes near A, B and C". The strikes listed by town name no side;
they take the sides of the air strikes told at the country those towns lie in, a sentence or
two before (extract/unnamed.py `_strikes_in_its_country`). A ground fight told near a town
does not take the sides of air strikes told at the country.
A list of aircraft kinds the parser broke at its first word ("Attack, fighter and bomber
aircraft") tells no attack of its own (extract/listedmodifiers.py).
Strikes "approved by" or done "at the request of" a side were allowed or asked for by it,
not done by it: they still take the sides told at the country (extract/unnamed.py
`_consenting`, events.yaml `unnamed.consent_phrases`); a side named in another role
("backed by the Iraqi army") may be a doer whose part the parse lost, and they stay unnamed."""

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
        # "U.S. and coalition forces" are the coalition; "American warplanes" the US
        assert doer.startswith(("USA", "US_COALITION")) and target == "ISIS", (town, found)


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


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        (
            (
                "Coalition warplanes kept up their campaign against the Islamic State group on"
                " Monday, carrying out 11 airstrikes in Iraq. Fighter and bomber aircraft"
                " conducted the airstrikes near Hit, Kirkuk and Baiji as approved by the Iraqi"
                " government."
            ),
            ("Hit", "Kirkuk", "Baiji"),
        ),
        (
            (
                "Coalition aircraft struck the Islamic State group 9 times in Iraq on Thursday."
                " Bomber and remotely piloted aircraft conducted nine airstrikes near Ramadi and"
                " Haditha with the approval of the Iraqi Ministry of Defense."
            ),
            ("Ramadi", "Haditha"),
        ),
        (
            (
                "Coalition jets hit the Islamic State group with seven airstrikes in Iraq on"
                " Sunday.\n\nThe U.S. military gave the figures in a statement.\n\nBomber and fighter"
                " aircraft conducted seven airstrikes near Sinjar and Tal Afar as authorized by the"
                " Iraqi government."
            ),
            ("Sinjar", "Tal Afar"),
        ),
    ],
)
def test_strikes_a_side_approved_take_the_sides_told_at_the_country(
    text: str, towns: tuple[str, ...]
) -> None:
    found = assaults(text)
    for town in towns:
        assert found.get(town) == ("US_COALITION", "ISIS"), (town, found)


def test_strikes_a_side_backed_stay_unnamed() -> None:
    found = assaults(
        "Coalition warplanes carried out 11 airstrikes against the Islamic State group in"
        " Iraq on Monday. Bomber aircraft conducted strikes near Hit and Kirkuk, backed by the"
        " Iraqi army."
    )
    assert found.get("Hit", ("", ""))[0] == "", found


@pytest.mark.parametrize(
    ("before", "consenting"),
    [
        ("Fighter aircraft struck near Hit as approved by the", True),
        ("Jets struck near Hit at the request of", True),
        ("Jets struck near Hit with the consent of its", True),
        ("Jets struck near Hit, backed by the", False),
        ("Jets struck near Hit alongside", False),
    ],
)
def test_only_words_of_consent_name_an_approver(before: str, consenting: bool) -> None:
    from frontwatch.extract.unnamed import _consenting

    assert _consenting(before + " ") is consenting
