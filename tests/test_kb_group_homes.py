"""A state owning a group's name ("Lebanon's Hezbollah", "Iraq's Kataib Hezbollah",
"Lebanon's radical Shiite movement Hezbollah") is the group's home, not a state the
article is about (kb/actors/phraselinks.py; sentences written for these tests): it
decides no class and is no side of the group's ties; a state's own organ keeps it."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

_DAY = dt.date(2014, 3, 4)


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            ("Government troops backed by fighters from Lebanon's Hezbollah stormed the village "
            "of Qusayr."),
            ("backs", "HEZBOLLAH", "SYR_MIL"),
        ),
        (
            ("Fighters of Iraq's Kataib Hezbollah and government troops attacked Islamic State "
            "positions near the town of Deir ez-Zor."),
            ("fights", "KATAIB_HEZBOLLAH", "ISIS"),
        ),
    ],
)  # fmt: skip
def test_the_group_a_state_owns_is_the_side(
    relations_found: Any, text: str, tie: tuple[str, str, str]
) -> None:
    ties = {(k, s, t) for k, s, t, _c in relations_found(text, _DAY)}
    assert tie in ties
    assert not [x for x in ties if {"LBN", "LBN_MIL", "IRQ", "IRQ_MIL"} & {x[1], x[2]}]


def test_a_class_beside_a_group_home_is_the_article_state(events_found: Any) -> None:
    text = (
        "Despite heavy shelling, regime forces aided by fighters from Lebanon's "
        "radical Shiite movement Hezbollah have failed to take the town of Zabadani."
    )
    doers = {e.source_actor for e in events_found(text, _DAY)}
    assert "SYR_MIL" in doers
    assert "LBN_MIL" not in doers


def test_a_group_home_decides_no_class(events_found: Any) -> None:
    text = (
        "Fighters of Iraq's Kataib Hezbollah crossed the border as government forces shelled "
        "the town of al-Bukamal."
    )
    sides = {e.source_actor for e in events_found(text, _DAY)}
    assert "IRQ_MIL" not in sides


def test_a_state_owning_its_own_army_is_still_the_state(relations_found: Any) -> None:
    text = "Lebanon's army clashed with Islamic State fighters near the town of Arsal."
    ties = {(k, s, t) for k, s, t, _c in relations_found(text, _DAY)}
    assert ("fights", "LBN_MIL", "ISIS") in ties
