"""A class head that begins with the last word of a political body's name ("Syrian
opposition" + "opposition groups") is the armed class, not the body's own forces: "Syrian
opposition groups", "Libyan opposition forces" are rebels at home in that country, never the
state's army nor the exiled politicians (kb/actors/kb.py ``_split_phrase``). A name of an
armed side keeps its own forces ("Islamic State forces"). Phrases and sentences written for
these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import plain_ties, tied

_DAY = dt.date(2016, 4, 2)


@pytest.mark.parametrize(
    ("phrase", "country"),
    [
        ("Syrian opposition groups", "SYR"),
        ("Syrian opposition forces", "SYR"),
        ("Syrian opposition troops", "SYR"),
        ("Syrian opposition fighters", "SYR"),
    ],
)
def test_an_opposition_bodys_armed_class_is_the_rebels(actor_kb: Any, phrase: str, country: str) -> None:
    match = actor_kb.resolve(phrase, date=_DAY)
    assert match is not None and match.actor_id == "GEN_REBELS", match
    assert f"country:{country}" in match.note, match


@pytest.mark.parametrize(
    ("phrase", "actor"),
    [
        ("Islamic State forces", "ISIS"),  # an armed name's own forces
        ("Syrian opposition", "SYR_OPPOSITION"),  # the body itself
        ("Syrian government forces", "SYR_MIL"),
    ],
)
def test_other_names_keep_their_reading(actor_kb: Any, phrase: str, actor: str) -> None:
    match = actor_kb.resolve(phrase, date=_DAY)
    assert match is not None and match.actor_id == actor, match


@pytest.mark.parametrize(
    ("text", "leader"),
    [
        ("Syrian opposition groups led by Hayat Tahrir al-Sham stormed army checkpoints near Hama.", "HTS"),
        ("Syrian opposition forces headed by Ahrar al-Sham attacked army posts outside Hama.", "AHRAR_AL_SHAM"),
        ("On Monday, Syrian opposition factions led by Ahrar al-Sham launched an offensive on army posts near Hama.", "AHRAR_AL_SHAM"),
    ],
)
def test_the_leader_of_opposition_groups_is_one_of_the_rebels(relations_found: Any, text: str, leader: str) -> None:
    ties = plain_ties(relations_found, text, _DAY)
    assert tied(ties, "member_of", leader, "GEN_REBELS") or tied(ties, "allied", leader, "GEN_REBELS"), ties
    assert not any("SYR_OPPOSITION" in (a, b) for _k, a, b in ties), ties
