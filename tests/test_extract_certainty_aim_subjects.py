"""A deed told as what a plan, goal or objective is ("the plan was to encircle T, then
seize it", "their goal is to retake T", "the objective remains the capture of T") is an
aim, not a done deed; a deed told beside such a noun, or inside a clause with a subject
of its own, keeps its own certainty. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import extract

PUBLISHED = dt.date(2017, 5, 22)
PLAIN = ("asserted", "attributed")


def _told(text: str, place: str) -> list[Any]:
    """The control records and ASSAULT events the text gives at the place."""
    result = extract(text, PUBLISHED)
    records: list[Any] = [c for c in result.control_changes if place in c.place_text]
    records += [e for e in result.events if e.type == "ASSAULT" and place in e.place_text]
    return records


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            (
                "Kurdish fighters hold the town of Ain Issa. The plan was to advance in two "
                "phases, first seizing areas around Raqqa and cutting off the city, then taking "
                "control of the city itself."
            ),
            "Raqqa",
        ),
        (
            "The aim of the offensive is to drive the militants out of Sirte and seize the port.",
            "Sirte",
        ),
        (
            "Their main objective remains the capture of Tal Afar, a commander told reporters.",
            "Tal Afar",
        ),
        ("Russia's stated goal was to recapture Bakhmut by the end of the summer.", "Bakhmut"),
        ("For the Houthis, the priority is to take Marib before the rains.", "Marib"),
        ("The goal of the campaign is the liberation of Mosul from the Islamic State.", "Mosul"),
        ("Their target remains the recapture of Kherson, Ukrainian officers said.", "Kherson"),
        (
            "Moscow's objective is to encircle Avdiivka, cutting off the town and then seizing it.",
            "Avdiivka",
        ),
    ],
)
def test_a_deed_an_aim_noun_is_said_to_be_is_no_fact(text: str, place: str) -> None:
    told = _told(text, place)
    assert told, f"nothing at {place} in {text!r}"
    assert all(r.claim.certainty == "hypothetical" for r in told), [
        (type(r).__name__, r.claim.certainty, r.claim.cue) for r in told
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Iraqi troops recaptured Fallujah on Sunday. The goal was a quick victory.", "Fallujah"),
        ("The aim of the raid was to show that the army had already captured Mosul.", "Mosul"),
        ("The plan worked: government forces seized Palmyra on Thursday.", "Palmyra"),
    ],
)
def test_a_deed_told_beside_an_aim_noun_stays_a_fact(text: str, place: str) -> None:
    told = _told(text, place)
    assert told, f"nothing at {place} in {text!r}"
    assert any(r.claim.certainty in PLAIN for r in told), [
        (type(r).__name__, r.claim.certainty, r.claim.cue) for r in told
    ]
