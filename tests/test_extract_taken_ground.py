"""Taking ground is an assault, seizing goods a coercion (triggers.py ``_takes_territory``):
joined objects ("police and army positions") and a taking verb the parser left with no object
after the place it took ("the first city IS managed to capture") count as ground.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 6, 1)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            (
                "Black smoke rose over Baiji after the militants captured police and army "
                "positions, torching trucks."
            ),
            "ASSAULT",
        ),
        (
            "Insurgents captured police and army positions on Tuesday, setting fire to vehicles.",
            "ASSAULT",
        ),
        ("The jihadists captured weapons and army positions in the desert.", "ASSAULT"),
        (
            "Fallujah was the first large Iraqi city ISIL had managed to capture, back in early 2014.",
            "ASSAULT",
        ),
        ("Mosul was the largest city IS militants had managed to capture in Iraq.", "ASSAULT"),
        ("Rebel fighters seized rifles and shells in the fighting outside Hama.", "COERCE"),
        ("The weapons the rebels captured were shown on state television.", "COERCE"),
        # verbs joined on one object: the object after them says what was taken, not a
        # place named before the verbs
        ("Near Hama, the rebels seized and burned trucks.", "COERCE"),
        ("In Idlib, militants seized and destroyed several army vehicles on Monday.", "COERCE"),
        ("Near Aleppo, the army captured and held three villages.", "ASSAULT"),
        ("The rebels seized and burned trucks near Hama.", "COERCE"),
    ],
)
def test_ground_taken_is_an_assault_and_goods_a_seizure(
    text: str, kind: str, events_found: Any
) -> None:
    taken = [e.type for e in events_found(text, PUBLISHED) if e.mode == "seize"]
    assert taken[:1] == [kind], taken
