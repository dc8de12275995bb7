"""Entries that open a fight for a place, and withdrawals from part of a town (h-control32):
"entered the IS stronghold of T", "stormed the government-held city of T", "stormed the
city and the battle for T began", "attacked and entered T" tell the fighting, no change of
hands; "withdrew from three districts of T" leaves no town. Each with the look-alikes that
still change hands, and the certainty of a negated order to withdraw and of a claimed
capture."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import control_changes, extract

PUBLISHED = dt.date(2019, 10, 14)


def changed_hands(text: str) -> list[tuple[str, str, str, str]]:
    return [
        c for c in control_changes(text, PUBLISHED) if c[0] in ("capture", "withdrawal", "lost")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi special forces entered the Islamic State stronghold of Ramadi on Monday.",
        "Rebel fighters stormed the government-held town of Saraqeb at dawn on Sunday.",
        "Government troops entered the rebel-controlled district of Waer on Friday.",
        "Kurdish units stormed the IS-held city of Raqqa on Tuesday, a spokesman said.",
    ],
)
def test_an_entry_into_ground_another_side_holds_is_the_assault(engine, text: str) -> None:
    assert changed_hands(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rebel fighters stormed the city of Idlib on Tuesday and the battle for the city began.",
        "Kurdish forces entered Raqqa on Sunday and heavy fighting broke out in the streets.",
        "Turkish troops and allied rebels attacked and entered Tal Abyad on Saturday.",
        "Islamic State fighters shelled and stormed the town of Kobani on Friday.",
    ],
)
def test_an_entry_told_as_a_fight_beginning_is_no_capture(engine, text: str) -> None:
    assert changed_hands(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Kurdish fighters entered the former Islamic State stronghold of Manbij on Sunday.", "Manbij"),
        ("Kurdish fighters entered the town of Tal Abyad, which Islamic State had held.", "Tal Abyad"),
        ("Houthi fighters stormed Sanaa on Sunday.", "Sanaa"),
        ("Government forces captured the rebel-held town of Saraqeb on Sunday.", "Saraqeb"),
    ],
)
def test_an_entry_or_capture_without_those_marks_still_takes_the_town(
    engine, text: str, place: str
) -> None:
    assert [c[1] for c in changed_hands(text) if c[0] == "capture"] == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels withdrew from three southern districts of Aleppo on Sunday.",
        "Islamic State fighters pulled out of two neighborhoods of Raqqa overnight, activists said.",
        "Government troops retreated from two neighbourhoods of Homs after heavy shelling.",
    ],
)
def test_a_withdrawal_from_part_of_a_town_leaves_no_town(engine, text: str) -> None:
    assert changed_hands(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rebels withdrew from the district of Waer on Sunday.", "Waer"),
        ("Rebels withdrew from the town of Saraqeb on Sunday.", "Saraqeb"),
        ("Rebels began withdrawing from parts of the besieged centre of Aleppo on Sunday.", "Aleppo"),
    ],
)
def test_a_withdrawal_from_a_named_district_or_town_leaves_it(
    engine, text: str, place: str
) -> None:
    assert [c[1] for c in changed_hands(text)] == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan said Turkey did not order its troops to withdraw from Afrin.",
        "The commander said he never ordered his troops to withdraw from the town of Ramadi.",
        "No one ordered the troops to withdraw from Ramadi, the minister said.",
        "The troops were not ordered to withdraw from Ramadi, the ministry said.",
    ],
)
def test_a_negated_order_to_withdraw_is_no_fact(engine, text: str) -> None:
    found = [c for c in extract(text, PUBLISHED).control_changes if c.kind != "held"]
    assert found and {c.claim.certainty for c in found} == {"negated"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Taliban said on Sunday that they had taken Kunduz.", "Kunduz"),
        ("Islamic State claimed it had taken Palmyra.", "Palmyra"),
        ("The army said it had taken control of the town of Saraqeb.", "Saraqeb"),
    ],
)
def test_a_capture_a_side_says_it_made_is_attributed(engine, text: str, place: str) -> None:
    found = [c for c in extract(text, PUBLISHED).control_changes if c.kind == "capture"]
    assert [(c.place_text, c.claim.certainty) for c in found] == [(place, "attributed")]
