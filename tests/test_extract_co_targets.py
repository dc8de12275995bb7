"""Every side a hostile deed is done to is fought by its doer: "X ambushed an army convoy and
Y forces", "X killed A soldiers and a B police officer", "X bombed A positions and B
hideouts" (extract/cotargets.py). The targets listed together are no allies.
Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import plain_ties, tied

PUBLISHED = dt.date(2016, 6, 1)


@pytest.mark.parametrize(
    ("text", "doer", "targets"),
    [
        (
            "The Taliban ambushed an army convoy and US special forces in Helmand.",
            "TALIBAN",
            ("ANDSF", "USA_MIL"),
        ),
        (
            "Boko Haram gunmen killed three Chadian soldiers and a Nigerien police officer.",
            "BOKO_HARAM",
            ("TCD_MIL", "NER"),
        ),
        (
            "Turkish jets bombed YPG positions and PKK hideouts in the mountains.",
            "TUR_AIRFORCE",
            ("YPG", "PKK"),
        ),
    ],
)
def test_the_doer_of_a_hostile_deed_fights_every_side_it_is_done_to(
    relations_found: Any, text: str, doer: str, targets: tuple[str, ...]
) -> None:
    ties = plain_ties(relations_found, text, PUBLISHED)
    assert all(tied(ties, "fights", doer, target) for target in targets)
    assert not tied(ties, "allied", *targets)
