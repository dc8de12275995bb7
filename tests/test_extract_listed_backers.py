"""Every side listed in the "by" agent of a backing participle backs the side it is said
of, also when the list opens with means that name no one ("backed by tanks and Iranian
militiamen") or when the parser hangs the last listed side on the main verb as a second
subject ("troops backed by warplanes and Hezbollah fighters attacked T";
extract/relcues.py, splitsubjects.split_backers). Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2014, 5, 1)


@pytest.mark.parametrize(
    ("text", "backer", "backed"),
    [
        ("Syrian troops backed by warplanes and Hezbollah fighters attacked the rebel-held town.", "HEZBOLLAH", "SYR_MIL"),
        ("Syrian government troops backed by jets and Hezbollah guerrillas have shelled the village of Kfar Nabl.", "HEZBOLLAH", "SYR_MIL"),
        ("Iraqi soldiers backed by helicopters and Kurdish peshmerga fighters have stormed the village.", "PESHMERGA", "IRQ_MIL"),
        ("Syrian troops backed by tanks and Hezbollah fighters stormed the rebel-held district on Friday.", "HEZBOLLAH", "SYR_MIL"),
        ("Iraqi troops backed by tanks and Kurdish peshmerga fighters stormed the town.", "PESHMERGA", "IRQ_MIL"),
        ("Somali troops backed by armoured vehicles and Ethiopian soldiers retook the town from al-Shabab.", "ETH_MIL", "SOM_MIL"),
    ],
)
def test_each_listed_backer_backs(text: str, backer: str, backed: str, relations_found: Any) -> None:
    assert ("backs", backer, backed, "asserted") in relations_found(text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Syrian troops backed by warplanes and artillery attacked the rebel-held town.",
        "Syrian troops backed by warplanes attacked the town and Hezbollah fighters shelled the hills.",
    ],
)
def test_no_backer_where_none_is_listed(text: str, relations_found: Any) -> None:
    assert not {r for r in relations_found(text, PUBLISHED) if r[0] == "backs" and r[1] == "HEZBOLLAH"}
