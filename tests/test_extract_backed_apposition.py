"""A participle of backing on the men an apposition says a named side is made of backs the
side ("the SNA, a loose force of former rebel brigades paid and armed by Ankara";
extract/backedsides.py). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

DATE = dt.date(2018, 3, 20)


@pytest.mark.parametrize(
    ("text", "backer", "backed"),
    [
        ("The Syrian National Army, a loose force of former rebel brigades paid and armed by Ankara, entered the town on Sunday.", "TUR", "SNA"),
        ("The Free Syrian Army, a patchwork of local units supplied by Qatar, lost ground near Aleppo.", "QAT", "FSA"),
        ("The Syrian Democratic Forces, a mix of Kurdish and Arab units trained by the United States, pushed toward Raqqa.", "USA", "SDF"),
    ],
)
def test_backing_of_the_men_a_side_is_made_of_backs_it(relations_found, text, backer, backed) -> None:
    found = relations_found(text, DATE)
    assert ("backs", backer, backed, "asserted") in found, found


def test_people_shot_by_a_side_are_not_backed(relations_found) -> None:
    found = relations_found("The victims, a group of farmers shot by the militants, were buried in Idlib.", DATE)
    assert not any(kind == "backs" for kind, *_ in found), found
