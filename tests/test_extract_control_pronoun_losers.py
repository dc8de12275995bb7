"""A pronoun subject of a passive of clearing stands for the side the sentence before
names ("It has been driven from T by X": the side "it" is lost T; extract/observations.py
with extract/anaphora.py). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.pipeline import process_texts

PUBLISHED = dt.date(2016, 9, 1)


@pytest.mark.parametrize(
    ("text", "place", "taker"),
    [
        ("The Islamic State is losing ground. It has been driven from Shaddadi by the SDF.",
         "Shaddadi", "SDF"),
        (("Islamic State fighters held the border town for two years. They were driven out of "
         "Jarablus by Turkish-backed rebels on Wednesday."), "Jarablus", "SNA"),
        (("The Islamic State once ruled a third of Iraq. It was expelled from Fallujah by Iraqi "
         "troops in June."), "Fallujah", "IRQ_MIL"),
    ],
)
def test_the_side_a_pronoun_stands_for_loses_the_place(text: str, place: str, taker: str) -> None:
    changes = process_texts([text], dates=[PUBLISHED])[0].control_changes
    found = {(c.kind, c.place_text, c.new_controller, c.previous_controller) for c in changes}
    assert ("capture", place, taker, "ISIS") in found, found


def test_a_pronoun_with_no_side_before_loses_nothing() -> None:
    text = "The weather turned cold. It was driven from Shaddadi by the SDF."
    changes = process_texts([text], dates=[PUBLISHED])[0].control_changes
    assert not any(c.previous_controller for c in changes), changes
