"""Words of how attackers look ("heavily armed", "unidentified", "masked", "hooded") say nothing of
whose they are: the class head or the name after them does (degree_words in
kb/actors/data/phrases.yaml). Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import one_event

PUBLISHED = dt.date(2019, 5, 1)


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        (
            "Heavily armed gunmen raided a village and killed five herders in Tillaberi.",
            "raided",
            "GEN_GUNMEN",
        ),
        (
            "Unidentified armed men attacked a military post near Djibo on Friday.",
            "attacked",
            "GEN_GUNMEN",
        ),
        (
            "Masked assailants stormed a police station in the north on Monday.",
            "stormed",
            "GEN_GUNMEN",
        ),
        ("Hooded gunmen ambushed a convoy near Kidal on Sunday.", "ambushed", "GEN_GUNMEN"),
    ],
)
def test_looks_do_not_hide_the_doer(text: str, trigger: str, doer: str, events_found: Any) -> None:
    assert one_event(events_found, text, trigger, PUBLISHED).source_actor == doer
