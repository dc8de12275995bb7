"""A body of a party as the doer ("elements of the Iraqi army", "an array of Iraqi security
forces", "a contingent of Houthi fighters") is that party for the verbs that need a party
doing them (extract/parties.py: a ``body`` noun reaches its "of" object); a body of no
party ("a column of smoke", "a crowd of onlookers") does nothing. Sentences written for
these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2017, 3, 1)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Elements of the Iraqi army surrounded the town of Tal Afar.", "IRQ_MIL"),
        ("An array of Iraqi security forces have surrounded the city of Mosul.", "IRQ_MIL"),
        ("A contingent of Houthi fighters looted the warehouse in Hodeidah.", "HOUTHIS"),
    ],
)
def test_a_body_of_a_party_does_the_act(events_found: Any, text: str, doer: str) -> None:
    found = [e for e in events_found(text, PUBLISHED) if e.type == "COERCE"]
    assert [e.source_actor for e in found] == [doer]


@pytest.mark.parametrize(
    "text",
    [
        "A column of smoke surrounded the town of Tal Afar.",
        "A crowd of onlookers surrounded the town of Tal Afar.",
    ],
)
def test_a_body_of_no_party_does_nothing(events_found: Any, text: str) -> None:
    assert not [e for e in events_found(text, PUBLISHED) if e.type == "COERCE"]
