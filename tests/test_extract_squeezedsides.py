"""A side pressed by others in war (extract/squeezedsides.py; sentences written for these
tests): each side pressing an armed group that gives ground, or squeezing it, fights it;
diplomatic pressure, and a state caught between powers, tie no fight."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

_DAY = dt.date(2017, 6, 12)


def _ties(relations_found: Any, text: str) -> set[tuple[str, str, str]]:
    return {(k, s, t) for k, s, t, _c in relations_found(text, _DAY)}


@pytest.mark.parametrize(
    ("text", "pressers", "pressed"),
    [
        (
            ("The Islamic State's enclave near the border is shrinking under pressure from the "
            "Iraqi Army and the Peshmerga."),
            {"IRQ_MIL", "PESHMERGA"}, "ISIS",
        ),
        (
            ("Jabhat al-Nusra, squeezed between Hezbollah and the Free Syrian Army, gave up "
            "its hilltop posts."),
            {"HEZBOLLAH", "FSA"}, "JABHAT_AL_NUSRA",
        ),
        (
            ("Ahrar al-Sham is caught between the Syrian army and the Islamic State in the "
            "countryside north of the city."),
            {"SYR_MIL", "ISIS"}, "AHRAR_AL_SHAM",
        ),
        (
            ("Since spring the Islamic State has been crumbling under heavy military pressure "
            "from the Syrian Democratic Forces."),
            {"SDF"}, "ISIS",
        ),
    ],
)  # fmt: skip
def test_each_side_pressing_an_armed_group_fights_it(
    relations_found: Any, text: str, pressers: set[str], pressed: str
) -> None:
    ties = _ties(relations_found, text)
    assert {("fights", p, pressed) for p in pressers} <= ties


@pytest.mark.parametrize(
    "text",
    [
        "Under pressure from Washington, Ankara agreed to pause its operation for a week.",
        "Turkey is caught between Russia and the United States over the future of the north.",
    ],
)
def test_diplomatic_pressure_is_no_fight(relations_found: Any, text: str) -> None:
    assert not {t for t in _ties(relations_found, text) if t[0] == "fights"}
