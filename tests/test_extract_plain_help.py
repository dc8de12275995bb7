"""Help given to an armed side with no end named backs it, as "aided" would ("the YPG were
helping the Syrian army", "Turkey helped the rebels at al-Bab"); help with an end named is
read by the deed it serves ("helped Y negotiate a truce" ties no one), and help given to
people backs no one (extract/helpcues.py ``_plain_help``). Sentences written for these
tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 5, 1)


@pytest.mark.parametrize(
    ("text", "helper", "helped"),
    [
        ("Kurdish YPG fighters were helping the Syrian army north of the city, a pro-government channel said.", "YPG", "SYR_MIL"),
        ("Turkey helped the rebels throughout the battle for al-Bab.", "TUR", "GEN_REBELS"),
        ("Moscow is helping the Syrian army with intelligence and spare parts.", "RUS", "SYR_MIL"),
        ("For decades Iran has helped Hezbollah.", "IRN", "HEZBOLLAH"),
    ],
)
def test_help_to_an_armed_side_backs_it(text: str, helper: str, helped: str, relations_found: Any) -> None:
    assert ("backs", helper, helped) in {r[:3] for r in relations_found(text, PUBLISHED)}


@pytest.mark.parametrize(
    "text",
    [
        "The Red Crescent helped civilians in the besieged town.",
        "Turkish mediators helped the rebels negotiate a truce with the army.",
        "Volunteers from the Syrian Civil Defense helped the wounded after the strike.",
    ],
)
def test_help_to_people_or_talks_backs_no_one(text: str, relations_found: Any) -> None:
    assert not {r for r in relations_found(text, PUBLISHED) if r[0] == "backs"}
