"""A word that says what kind of aid it is names no giver (extract/arguments.py
`_a_kind_of_support`): in "announced new military aid to Ukraine" the giver is the one who
announces it, not troops of no one ("military" read as the class of troops). Sentences
written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extracted import extract

PUBLISHED = dt.date(2022, 6, 1)


@pytest.mark.parametrize(
    ("text", "giver", "taker"),
    [
        ("The United States announced new military aid to Ukraine.", "USA", "UKR"),
        ("Washington approved military assistance for the Iraqi army.", "USA", "IRQ_MIL"),
        ("Tehran pledged fresh military support to the Houthis.", "IRN", "HOUTHIS"),
    ],
)
def test_military_aid_is_the_announcers(text: str, giver: str, taker: str) -> None:
    result = extract(text, PUBLISHED)
    assert any(r.kind == "backs" and r.source_actor == giver and r.target_actor == taker for r in result.relations), result.relations
    assert not any(e.source_actor == "GEN_TROOPS" for e in result.events), result.events
