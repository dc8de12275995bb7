"""A capture that names no loser took the place from the side an "after" clause says left
(extract/control_after.py), and a class of soldiers takes no weapon named before it as its
antecedent (kb/actors/antecedents.py). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import control_changes

PUBLISHED = dt.date(2018, 3, 20)


@pytest.mark.parametrize(
    ("text", "place", "taker", "loser"),
    [
        ("The Syrian National Army entered Afrin on Sunday after the People's Protection Units withdrew to the east.", "Afrin", "SNA", "YPG"),
        ("Syrian government forces took control of Palmyra after Islamic State fighters retreated into the desert.", "Palmyra", "SYR_MIL", "ISIS"),
        ("Iraqi troops stormed Hawija after Islamic State militants fled overnight.", "Hawija", "IRQ_MIL", "ISIS"),
    ],
)
def test_a_capture_after_the_other_side_left_took_it_from_them(text, place, taker, loser) -> None:
    assert ("capture", place, taker, loser) in control_changes(text, PUBLISHED), control_changes(text, PUBLISHED)


def test_a_capture_that_names_its_loser_keeps_it() -> None:
    text = "Rebels seized Kafr Nabudah from government troops after Hezbollah fighters withdrew."
    found = [c for c in control_changes(text, PUBLISHED) if c[0] == "capture"]
    assert found and all(loser != "HEZBOLLAH" for *_, loser in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Turkish artillery shelled the convoy near Afrin.\n\nIn the Syrian capital's eastern suburbs, the army pressed on into Douma.",
        "Israeli jets and Turkish artillery have both struck targets in Syria this month.\n\nIn the Syrian capital's eastern suburbs, the army pressed on into Douma.",
    ],
)
def test_the_army_is_no_weapon_named_before(actor_mentions, text) -> None:
    found = actor_mentions(text, "2018-03-20")
    army = found.get("the army")
    assert army is None or army.actor_id != "TUR_MIL", army
