"""A side whose advisers, officers or special forces are embedded with another backs it
(extract/accompanied.py ``embedded_pairs``); reporters embedded with troops back no one.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import plain_ties

PUBLISHED = dt.date(2017, 3, 1)


@pytest.mark.parametrize(
    ("text", "backer", "backed"),
    [
        ("Iranian advisers have been embedded with Iraqi Shiite militias around Tikrit.", "IRN_MIL", "PMF"),
        ("American advisers are embedded with Kurdish peshmerga units near Mosul.", "USA_MIL", "PESHMERGA"),
        ("Russian officers were embedded with Syrian army units during the Palmyra offensive.", "RUS_MIL", "SYR_MIL"),
        ("Turkish special forces are embedded with Syrian National Army factions north of Aleppo.", "TUR_MIL", "SNA"),
    ],
)
def test_means_embedded_with_a_side_back_it(relations_found: Any, text: str, backer: str, backed: str) -> None:
    assert ("backs", backer, backed) in plain_ties(relations_found, text, PUBLISHED)


def test_reporters_embedded_with_troops_back_no_one(relations_found: Any) -> None:
    text = "Journalists embedded with Iraqi troops described heavy fighting in the old city."
    assert not [t for t in relations_found(text, PUBLISHED) if t[0] == "backs"]
