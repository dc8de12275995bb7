"""A failed attempt to take ground is still a fight (extract/relations.py): "the rebels
failed to recapture the town from the army" took nothing, but the two sides fought, so
the fights tie is told as fact; a deed simply denied ("did not recapture") stays denied.
Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest


def _fights(found: set[tuple[str, str, str, str]]) -> dict[frozenset[str], set[str]]:
    out: dict[frozenset[str], set[str]] = {}
    for kind, a, b, certainty in found:
        if kind == "fights":
            out.setdefault(frozenset((a, b)), set()).add(certainty)
    return out


@pytest.mark.parametrize(
    ("text", "published", "sides", "certainty"),
    [
        (
            "Rebel forces failed to recapture the town of Morek from government forces.",
            dt.date(2016, 7, 20),
            ("GEN_REBELS", "SYR_MIL"),
            "asserted",
        ),
        (
            "The Houthis failed to take Marib from the Yemeni army despite weeks of attacks.",
            dt.date(2021, 3, 1),
            ("HOUTHIS", "YEM_MIL"),
            "asserted",
        ),
        (
            (
                "Russian troops failed to seize the town of Vuhledar from Ukrainian forces, "
                "British intelligence said."
            ),
            dt.date(2023, 2, 20),
            ("RUS_MIL", "UKR_MIL"),
            "attributed",
        ),
    ],
)
def test_a_failed_attempt_to_take_ground_is_a_fight(
    text: str, published: dt.date, sides: tuple[str, str], certainty: str, relations_found: Any
) -> None:
    assert _fights(relations_found(text, published)).get(frozenset(sides)) == {certainty}


def test_a_denied_taking_stays_denied(relations_found: Any) -> None:
    text = "Syrian government troops did not recapture the airport from Islamic State fighters."
    found = _fights(relations_found(text, dt.date(2016, 9, 10)))
    assert found.get(frozenset(("SYR_MIL", "ISIS"))) == {"negated"}
