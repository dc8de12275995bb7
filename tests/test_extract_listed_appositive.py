"""An appositive after a list describes the name just before it, wherever the parser hangs
it ("X and Y, the force that Z arms, ...": Z backs Y, not X; extract/verbsubjects.py
``conjunct_described``). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import plain_ties

PUBLISHED = dt.date(2019, 10, 10)


@pytest.mark.parametrize(
    ("text", "backer", "backed"),
    [
        ("On Sunday Russian troops and the Wagner Group, the mercenary outfit that Moscow pays, entered the town.", "RUS", "WAGNER"),
        (
            (
                "On Friday Turkish soldiers and the Syrian National Army, a rebel coalition Ankara pays and arms, "
                "began an assault on Kurdish fighters."
            ),
            "TUR",
            "SNA",
        ),
        ("Iraqi police and Kataib Hezbollah, an armed force that Tehran finances, attacked the town.", "IRN", "KATAIB_HEZBOLLAH"),
    ],
)
def test_an_appositive_after_a_list_describes_its_last_name(
    relations_found: Any, text: str, backer: str, backed: str
) -> None:
    ties = plain_ties(relations_found, text, PUBLISHED)
    assert ("backs", backer, backed) in ties
