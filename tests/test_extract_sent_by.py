"""Armed men sent by a side to help another tell that the sender backs it, also when the
sending is a participle on the men ("fighters sent by X to shore up Y": extract/helpcues.py);
help sent to civilians backs no one. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import plain_ties

PUBLISHED = dt.date(2019, 3, 1)


@pytest.mark.parametrize(
    ("text", "backer", "backed"),
    [
        ("Fighters sent by Iran to shore up the Syrian army arrived in Aleppo.", "IRN", "SYR_MIL"),
        ("Mercenaries dispatched by Moscow to reinforce Haftar's forces were seen near Sirte.", "RUS", "LNA"),
        ("Troops deployed by Ankara to support the Syrian National Army entered Afrin.", "TUR", "SNA"),
    ],
)
def test_the_sender_of_men_sent_to_help_a_side_backs_it(
    relations_found: Any, text: str, backer: str, backed: str
) -> None:
    assert ("backs", backer, backed) in plain_ties(relations_found, text, PUBLISHED)


def test_aid_sent_to_help_civilians_backs_no_one(relations_found: Any) -> None:
    text = "Aid convoys sent by Turkey to help civilians reached Idlib on Tuesday."
    assert not [t for t in relations_found(text, PUBLISHED) if t[0] == "backs"]
