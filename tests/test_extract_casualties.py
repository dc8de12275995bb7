"""Casualty figures: killed, injured, civilians, children, women; vague counts stay None."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

import pytest

from frontwatch.extract.casualties import parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12", 12),
        ("1,200", 1200),
        ("five", 5),
        ("twenty-five", 25),
        ("a dozen", 12),
        ("two hundred", 200),
        ("dozens", None),
        ("hundreds", None),
        ("several", None),
    ],
)
def test_parse_number(text: str, value: int | None) -> None:
    assert parse_number(text) == value


@lru_cache(maxsize=64)
def casualties(text: str) -> Any:
    from frontwatch.pipeline import process_texts

    result = process_texts([text], dates=[dt.date(2017, 5, 4)])[0]
    assert not result.error, result.error
    violent = [e for e in result.events if e.type in ("ASSAULT", "COERCE")]
    assert violent, f"no violent event in {text!r}"
    with_figures = [e for e in violent if any(vars_of(e.casualties).values())]
    return (with_figures or violent)[0].casualties


def vars_of(record: Any) -> dict[str, Any]:
    return {
        name: getattr(record, name)
        for name in ("killed", "injured", "civilians", "children", "women")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 112 people were killed in air strikes on Douma.", {"killed": 112}),
        (
            "Air strikes killed 40 people in Ariha, including 30 children.",
            {"killed": 40, "children": 30},
        ),
        ("Jets bombed a market in Ariha, killing 12 civilians.", {"killed": 12, "civilians": 12}),
        ("A mortar attack wounded 40 people in Damascus.", {"injured": 40}),
        ("Five soldiers died in an ambush near Hama.", {"killed": 5}),
        (
            "Shelling killed nine people, among them three women, in Douma.",
            {"killed": 9, "women": 3},
        ),
        ("Dozens of people were killed in air strikes on Aleppo.", {"killed": None}),
        ("The death toll from the car bomb in Homs rose to 57.", {"killed": 57}),
        ("Rebel shelling killed a dozen civilians in Aleppo.", {"killed": 12, "civilians": 12}),
        (
            "A suicide bomber killed 31 people and wounded 60 in Qamishli.",
            {"killed": 31, "injured": 60},
        ),
    ],
)
def test_casualties(text: str, expected: dict[str, int | None]) -> None:
    found = vars_of(casualties(text))
    for name, value in expected.items():
        assert found[name] == value, f"{name}: {found}"
    others = {k: v for k, v in found.items() if k not in expected}
    assert all(v is None for v in others.values()), others
