"""Backing told by refuge, cover and delivered war machines (sentences written for these
tests): "X harboured Y", "Y, sheltered by X", "X shields Y" back Y; helicopters, armour and
vehicles given to a side are support like weapons (relations.yaml: ``backing_verbs``,
``giving_objects``). Refuge given to people who are no armed side backs no one.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

AFGHANISTAN_2010 = dt.date(2010, 5, 1)
SYRIA_2014 = dt.date(2014, 5, 1)
LIBYA_2019 = dt.date(2019, 6, 1)


def _backs(text: str, published: dt.date, relations_found: Any) -> set[tuple[str, str]]:
    return {(s, t) for k, s, t, _c in relations_found(text, published) if k == "backs"}


@pytest.mark.parametrize(
    ("text", "published", "backer", "backed"),
    [
        ("For years Pakistan harboured the Haqqani network in its tribal areas.", AFGHANISTAN_2010, "PAK", "HAQQANI_NETWORK"),
        ("The Taliban leaders were sheltered by Pakistan for two decades.", AFGHANISTAN_2010, "PAK", "TALIBAN"),
        ("Moscow shields Damascus at the United Nations.", SYRIA_2014, "RUS", "SYR"),
        ("Russia delivered attack helicopters to the Syrian army in 2013.", SYRIA_2014, "RUS", "SYR_MIL"),
        ("The UAE shipped armoured vehicles to Khalifa Haftar's forces.", LIBYA_2019, "ARE", "LNA"),
    ],
)
def test_refuge_cover_and_war_machines_back_a_side(
    text: str, published: dt.date, backer: str, backed: str, relations_found: Any
) -> None:
    assert (backer, backed) in _backs(text, published, relations_found)


@pytest.mark.parametrize(
    "text",
    [
        "Turkey sheltered three million refugees from the war.",
        "The soldiers shielded civilians from the blast.",
        "Hamas fighters sheltered in tunnels under the city.",
    ],
)
def test_refuge_for_people_or_oneself_backs_no_one(text: str, relations_found: Any) -> None:
    assert not _backs(text, SYRIA_2014, relations_found)
