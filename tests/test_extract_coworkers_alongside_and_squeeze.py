"""Every side of a coordinated subject fights beside the side named after "alongside"
("X and Y fighters are tightening a siege alongside the army": both are its allies;
extract/alliancecues.py); squeezing a side's ground is a siege (events.yaml ``squeeze``,
enclaves and pockets are ground). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 9, 1)


def _ties(text: str, relations_found: Any) -> set[tuple[str, str, str]]:
    return {(k, s, t) for k, s, t, _ in relations_found(text, PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (("Iranian-backed militias and Hezbollah fighters are tightening a siege alongside the "
         "Syrian army."), "HEZBOLLAH"),
        ("Pro-government militias and Hezbollah units fought alongside the Syrian army near Homs.",
         "HEZBOLLAH"),
        ("Shiite militias and Hezbollah are leading the assault alongside the Syrian army.",
         "HEZBOLLAH"),
    ],
)
def test_each_coordinated_doer_is_the_allys(text: str, second: str, relations_found: Any) -> None:
    found = _ties(text, relations_found)
    assert any(k == "allied" and {s, t} == {second, "SYR_MIL"} for k, s, t in found), found
    assert not any(k == "allied" and s == t for k, s, t in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian army is squeezing the rebel enclave in eastern Aleppo.",
        "Government troops squeezed the rebel-held pocket of Eastern Ghouta.",
        "Syrian forces kept squeezing rebel-held Daraya all summer.",
    ],
)
def test_squeezing_a_sides_ground_fights_it(text: str, relations_found: Any) -> None:
    assert ("fights", "SYR_MIL", "GEN_REBELS") in _ties(text, relations_found)


def test_squeezing_no_ground_is_no_fight(relations_found: Any) -> None:
    found = _ties("The Syrian army squeezed its budget for fuel this year.", relations_found)
    assert not any(k == "fights" for k, _, _ in found), found
