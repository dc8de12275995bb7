"""A demonym on an ally noun owned by a side ("Damascus and its Lebanese ally", "the Syrian
government's Lebanese allies") names the one group of that country the side backs or is
allied with in the knowledge base at the date, not the country's state; the state stays when
the side is on its state's side ("Israel and its American ally"). Sentences written for
these tests (kb/actors/allydemonyms.py).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

SYRIA_2016 = dt.date(2016, 3, 1)


def _allied(text: str, relations_found: Any) -> set[frozenset[str]]:
    return {frozenset((s, t)) for k, s, t, _c in relations_found(text, SYRIA_2016) if k == "allied"}


@pytest.mark.parametrize(
    ("text", "ally", "patron"),
    [
        ("Damascus and its Lebanese ally fought the rebels in the Qalamoun mountains.", "HEZBOLLAH", "SYR"),
        ("The Syrian government's Lebanese allies shelled the rebel-held town of Zabadani.", "HEZBOLLAH", "SYR_GOV"),
        ("The Syrian army and its Lebanese allies pushed into the town of Qusayr.", "HEZBOLLAH", "SYR_MIL"),
    ],
)
def test_a_demonym_ally_of_a_side_is_its_allied_group(text: str, ally: str, patron: str, relations_found: Any) -> None:
    allied = _allied(text, relations_found)
    assert frozenset((ally, patron)) in allied
    assert not any("LBN" in pair for pair in allied)


def test_an_ally_state_on_the_sides_side_stays_the_state(relations_found: Any) -> None:
    allied = _allied("Israel and its American ally struck Iranian targets in Syria.", relations_found)
    assert frozenset(("USA", "ISR")) in allied
