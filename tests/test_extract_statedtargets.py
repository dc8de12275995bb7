"""A side named as another's target (extract/statedtargets.py; sentences written for these
tests): the owner of "target" fights the side the copula names, when a pronoun stands for
one side only; a target that is no armed side, or a pronoun with two sides before it,
ties no one."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

_DAY = dt.date(2017, 6, 12)


def _ties(relations_found: Any, text: str) -> set[tuple[str, str, str]]:
    return {(k, s, t) for k, s, t, _c in relations_found(text, _DAY)}


@pytest.mark.parametrize(
    ("text", "owner", "enemy"),
    [
        (
            ("The Tiger Forces moved north from Hama last week. Their main target is Ahrar "
            "al-Sham."),
            "TIGER_FORCES", "AHRAR_AL_SHAM",
        ),
        ("Russia's chief target in the north is Jabhat al-Nusra, officials say.", "RUS", "JABHAT_AL_NUSRA"),
        (
            ("The Syrian army said on Monday that its next target was the Islamic State in the "
            "desert."),
            "SYR_MIL", "ISIS",
        ),
        (
            ("Hezbollah has massed fighters near the border. Its target is Jabhat al-Nusra and "
            "Ahrar al-Sham."),
            "HEZBOLLAH", "AHRAR_AL_SHAM",
        ),
    ],
)  # fmt: skip
def test_a_side_named_as_a_target_is_fought_by_its_owner(
    relations_found: Any, text: str, owner: str, enemy: str
) -> None:
    assert ("fights", owner, enemy) in _ties(relations_found, text)


@pytest.mark.parametrize(
    "text",
    [
        # two sides before the pronoun: "their" may be either's
        "Iran funds Hezbollah's brigades in the south. Their target is the Islamic State.",
        # a target that is no side
        "Turkey and Russia met in Sochi on Friday. Their target is a ceasefire by spring.",
    ],
)
def test_no_target_tie_without_one_owner_and_an_armed_side(
    relations_found: Any, text: str
) -> None:
    ties = _ties(relations_found, text)
    assert not {t for t in ties if t[0] == "fights" and t[1] in ("IRN", "TUR", "RUS")}
