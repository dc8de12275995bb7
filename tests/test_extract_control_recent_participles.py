"""A change of hands told in passing by a participle of recency (h-control32): "the recently
recaptured city of T", "the newly liberated town of T" name a capture whose taker the
context gives, with no day of its own and no assault; a participle without a word of
recency ("the occupied Golan Heights"), or one on people ("the recently captured
militants"), changes no hands."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import extract

PUBLISHED = dt.date(2016, 3, 30)


def captures(text: str) -> list[tuple[str, str, str]]:
    return [
        (c.place_text, c.new_controller, c.claim.certainty)
        for c in extract(text, PUBLISHED).control_changes
        if c.kind == "capture"
    ]


@pytest.mark.parametrize(
    ("text", "place", "taker"),
    [
        (
            ("Syrian troops pushed into the desert last week. Engineers began clearing mines "
            "in the recently recaptured city of Palmyra on Sunday."),
            "Palmyra",
            "SYR_MIL",
        ),
        (
            ("Iraqi forces fought their way through the suburbs for weeks. Aid convoys reached "
            "the newly liberated city of Ramadi on Tuesday."),
            "Ramadi",
            "IRQ_MIL",
        ),
        (
            ("Kurdish fighters pressed west of the Euphrates. Families plan to return to the "
            "newly freed town of Manbij next month."),
            "Manbij",
            "YPG",
        ),
    ],
)
def test_a_recent_participle_tells_a_capture_by_the_context_taker(
    engine, text: str, place: str, taker: str
) -> None:
    assert captures(text) == [(place, taker, "asserted")]


def test_the_participle_s_capture_has_no_day_of_its_own(engine) -> None:
    text = (
        "Syrian troops pushed into the desert last week. Engineers began clearing mines in "
        "the recently recaptured city of Palmyra on Sunday."
    )
    found = [c for c in extract(text, PUBLISHED).control_changes if c.kind == "capture"]
    assert found and found[0].time.date is None


@pytest.mark.parametrize(
    "text",
    [
        "Israeli troops patrolled the occupied Golan Heights on Monday.",
        "Iraqi soldiers guarded the recently captured militants in Mosul.",
        "Syrian troops entered the desert. Residents fled the liberated areas near Palmyra.",
    ],
)
def test_a_participle_of_a_state_or_of_people_changes_no_hands(engine, text: str) -> None:
    assert captures(text) == []
