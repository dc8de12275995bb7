"""Men counted or grouped as a body of an armed side ("members of Hezbollah", "thousands of
Hezbollah fighters", "a contingent of Iranian advisers") hold, as the subject of a role noun,
the role for their side: "Members of Hezbollah have become allies of X" allies Hezbollah with X
(extract/enmity.py through rolenouns.body_of_men; events.yaml ``object_classes.body``).
Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2014, 5, 1)


@pytest.mark.parametrize(
    ("text", "side", "other"),
    [
        ("Members of Hezbollah have become indispensable allies of the Syrian army.", "HEZBOLLAH", "SYR_MIL"),
        ("Thousands of Hezbollah fighters are now close allies of the Syrian government.", "HEZBOLLAH", "SYR_GOV"),
        ("Units of the Peshmerga became reliable allies of the Iraqi army in the fight.", "PESHMERGA", "IRQ_MIL"),
    ],
)
def test_a_body_of_a_sides_men_holds_its_role(text: str, side: str, other: str, relations_found: Any) -> None:
    assert ("allied", side, other) in {r[:3] for r in relations_found(text, PUBLISHED)}


def test_a_body_of_no_armed_side_holds_no_role(relations_found: Any) -> None:
    text = "Members of the Syrian National Council have become allies of the Free Syrian Army."
    assert not {r for r in relations_found(text, PUBLISHED) if r[0] == "allied"}
