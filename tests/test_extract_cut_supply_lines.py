"""Cutting or severing a side's road or supply line is a deed of siege (COERCE, restrict);
cutting aid or severing ties is not (events.yaml: cut, sever). Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

_DAY = dt.date(2016, 5, 28)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Kurdish fighters cut the main supply line of the Islamic State near Manbij.", "YPG"),
        ("Government forces severed the last supply route into the besieged districts of Aleppo.", "SYR_MIL"),
        ("The Houthis cut the road linking Taiz to Aden in January.", "HOUTHIS"),
    ],
)  # fmt: skip
def test_cutting_a_supply_line_is_a_siege_deed(events_found: Any, text: str, doer: str) -> None:
    found = {(e.type, e.mode, e.source_actor) for e in events_found(text, _DAY)}
    assert ("COERCE", "restrict", doer) in found


@pytest.mark.parametrize(
    "text",
    [
        "Washington cut aid to the rebels in 2017.",
        "Riyadh severed ties with Tehran in 2016.",
        "The ministry cut fuel prices last week.",
        "The aid agency cut food supplies to the camps after a funding shortfall.",
        "Moscow cut gas supplies to Warsaw in April.",
    ],
)
def test_cutting_aid_or_ties_is_no_siege(events_found: Any, text: str) -> None:
    assert not [e for e in events_found(text, _DAY) if e.type == "COERCE"]
