"""A side named twice in "between X (abbreviation) and Y" is one side, not both.

"Clashes broke out between the Syrian Democratic Forces (SDF) and Turkish-backed rebels":
the bracketed abbreviation restates the first side, so the second side is the one after
"and" (extract/argsides.py `between`). Where the parse loses the second side, the first
still acts. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.extracted import one_event

PUBLISHED = dt.date(2023, 6, 1)


@pytest.mark.parametrize(
    ("text", "trigger", "sides"),
    [
        (
            (
                "Clashes broke out between the Syrian Democratic Forces (SDF) and Turkish-backed "
                "rebels near Manbij."
            ),
            "Clashes",
            {"SDF", "SNA"},
        ),
        (
            "Fighting broke out between the Rapid Support Forces (RSF) and the Sudanese army in Khartoum.",
            "Fighting",
            {"RSF_SDN", "SDN_SAF"},
        ),
        (
            "Battles raged between Hayat Tahrir al-Sham (HTS) and government forces in Idlib.",
            "Battles",
            {"HTS", "SYR_MIL"},
        ),
        # a name of several words in brackets is restated whole
        (
            "Clashes broke out between the SDF (Syrian Democratic Forces) and Turkish-backed rebels near Manbij.",
            "Clashes",
            {"SDF", "SNA"},
        ),
        (
            "Fighting erupted between the RSF (Rapid Support Forces) and the Sudanese army in Omdurman.",
            "Fighting",
            {"RSF_SDN", "SDN_SAF"},
        ),
    ],
)
def test_the_side_after_the_bracketed_name_is_the_other_side(
    events_found: Any, text: str, trigger: str, sides: set[str]
) -> None:
    act = one_event(events_found, text, trigger, PUBLISHED)
    assert {act.source_actor, act.target_actor} == sides


def test_a_restated_name_whose_partner_the_parse_lost_still_acts(events_found: Any) -> None:
    act = one_event(
        events_found,
        "Clashes between the Rapid Support Forces (RSF) and the army continued in Khartoum on Sunday.",
        "Clashes",
        PUBLISHED,
    )
    assert act.source_actor == "RSF_SDN"
    assert act.target_actor != "RSF_SDN"

