"""Co-victims of one toll are no allies (extract/covictims.py). Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 5, 1)

_CO_VICTIMS = {
    "FSA AHRAR_AL_SHAM": (
        "Six Free Syrian Army fighters were wounded along with three Ahrar al-Sham members when "
        "the car bomb exploded."
    ),
    "PESHMERGA ISIS": (
        "Two Peshmerga fighters were wounded along with five ISIS militants during the exchange "
        "of fire, officials said."
    ),
}


@pytest.mark.parametrize("pair", sorted(_CO_VICTIMS))
def test_the_dead_or_wounded_of_one_toll_are_not_allies(pair: str, relations_found: Any) -> None:
    ends = set(pair.split())
    found = relations_found(_CO_VICTIMS[pair], PUBLISHED)
    assert not any(k == "allied" and {a, b} == ends for k, a, b, _c in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah fighters, along with Syrian troops, killed dozens of rebels near Qusayr.",
        "Fourteen Hezbollah fighters died alongside 20 Syrian soldiers in the battle for the town.",
    ],
)
def test_co_doers_and_comrades_who_fell_together_stay_allies(
    text: str, relations_found: Any
) -> None:
    found = relations_found(text, PUBLISHED)
    assert any(k == "allied" and {a, b} == {"HEZBOLLAH", "SYR_MIL"} for k, a, b, _c in found)
