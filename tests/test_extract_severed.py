""" "Sever" is a sanction only of ties ("severed diplomatic ties with Qatar", "severed all links
with Iran") and a restriction of a road or line; an area cut from another ("severed the two
districts", "severed the east of the city from the countryside") is no sanction
(events.yaml: ``sever``'s ``needs_object``). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2017, 7, 10)


@pytest.fixture
def types_in(events_found: Any) -> Any:
    return lambda text: [e.type for e in events_found(text, PUBLISHED)]


@pytest.mark.parametrize(
    "text",
    [
        "Kurdish units took the bridge, which severed the last two IS-held quarters of the old city.",
        "The army advance severed the rebel-held east of Aleppo from the countryside.",
        "The new front line has severed the villages south of the river from the town.",
    ],
)
def test_an_area_cut_off_is_no_sanction(text: str, types_in: Any) -> None:
    assert "SANCTION" not in types_in(text), types_in(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Saudi Arabia severed diplomatic ties with Qatar in June.", "SANCTION"),
        ("Bahrain severed all links with Iran after the embassy attack.", "SANCTION"),
        ("Kurdish fighters severed the main road between Raqqa and Deir ez-Zor.", "COERCE"),
    ],
)
def test_ties_and_roads_severed_stay(text: str, kind: str, types_in: Any) -> None:
    assert kind in types_in(text), types_in(text)
