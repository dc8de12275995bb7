"""Forces named the ways war copy names them (knowledge base data): "forces loyal to Libya's
unity government" and "pro-unity government fighters" are the Tripoli government's army
(libya.yaml LBY_MIL_WEST, whether the GNA or the GNU governed), "the RCAF" and "Canadian
jets" Canada's forces (CAN_MIL), and "the paramilitary forces" in Sudan's war the Rapid
Support Forces (generic.yaml GEN_MILITIAS). Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest


def _sides(text: str, published: dt.date) -> set[str]:
    from frontwatch.pipeline import process_texts

    events = process_texts([text], dates=[published])[0].events
    return {e.source_actor for e in events} | {e.target_actor for e in events}


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Forces loyal to Libya's unity government shelled Haftar's positions near the airport.", dt.date(2019, 6, 1)),
        ("A drone strike killed three pro-unity government fighters south of Tripoli.", dt.date(2019, 9, 1)),
        ("Fighters loyal to the unity government attacked an LNA convoy near Gharyan.", dt.date(2019, 6, 1)),
        ("Unity government forces clashed with armed groups in Zawiya on Sunday.", dt.date(2023, 5, 1)),
    ],
)
def test_the_unity_government_s_forces_are_tripoli_s_army(
    engine: Any, text: str, published: dt.date
) -> None:
    assert "LBY_MIL_WEST" in _sides(text, published)


@pytest.mark.parametrize(
    "text",
    [
        "Two RCAF jets struck an Islamic State truck near Mosul.",
        "RCAF fighter jets bombed an Islamic State position near Fallujah.",
        "An RCAF strike destroyed an Islamic State checkpoint near Kirkuk on Tuesday.",
    ],
)
def test_canada_s_air_force_is_canada_s(engine: Any, text: str) -> None:
    assert "CAN_MIL" in _sides(text, dt.date(2015, 3, 1))


@pytest.mark.parametrize(
    "text",
    [
        "The army said the paramilitary forces shelled a hospital in Omdurman.",
        "Sudanese jets bombed the paramilitary forces near Wad Madani on Friday.",
        "The paramilitary forces stormed a camp for displaced people outside el-Fasher.",
    ],
)
def test_sudan_s_paramilitary_forces_are_the_rsf(engine: Any, text: str) -> None:
    assert "RSF_SDN" in _sides(text, dt.date(2024, 6, 1))
