"""A yes-no question states nothing: its ties and deeds are hypothetical (extract/
questions.py, read by extract/certainty.py); a question of why takes the deed as done, and
the same words told as a statement stay plain. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2022, 3, 1)


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("Did Rwanda arm the M23 rebels?", ("backs", "RWA", "M23")),
        ("Would Belarus come to the help of Russia?", ("backs", "BLR", "RUS")),
        ("Is Iran the main backer of the Houthis?", ("backs", "IRN", "HOUTHIS")),
        ("Has Eritrea sent troops to fight alongside the Ethiopian army?", ("allied", "ERI", "ETH_MIL")),
    ],
)  # fmt: skip
def test_a_tie_only_asked_about_is_hypothetical(
    relations_found: Any, text: str, tie: tuple[str, str, str]
) -> None:
    found = {(k, a, b): c for k, a, b, c in relations_found(text, PUBLISHED)}
    assert found.get(tie) == "hypothetical"


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("Rwanda armed the M23 rebels.", ("backs", "RWA", "M23")),
        ("Iran is the main backer of the Houthis.", ("backs", "IRN", "HOUTHIS")),
    ],
)
def test_the_same_tie_told_is_plain(
    relations_found: Any, text: str, tie: tuple[str, str, str]
) -> None:
    found = {(k, a, b): c for k, a, b, c in relations_found(text, PUBLISHED)}
    assert found.get(tie) == "asserted"


def test_a_deed_only_asked_about_is_hypothetical(events_found: Any) -> None:
    events = events_found("Did the Kenyan army attack al-Shabaab near Kismayo?", PUBLISHED)
    assert events
    assert all(e.claim.certainty == "hypothetical" for e in events)


def test_a_question_of_why_takes_the_deed_as_done(events_found: Any) -> None:
    events = events_found("Why did Russian jets bomb the market in Idlib?", PUBLISHED)
    assert any(e.claim.certainty == "asserted" for e in events)
