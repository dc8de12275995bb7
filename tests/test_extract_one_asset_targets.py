"""A single place of arms named with whose it is stands for that side, as the plural does.

"a coalition base", "a Turkish military base", "a Hezbollah weapons depot": the word before
the head names whose base or depot an attack hit (``heads`` with note asset in
kb/actors/data/phrases.yaml), as "rebel positions" and "militia bases" do. A base named
with capitals ("al-Asad Air Base") is a site's own name and names no side. A side that a
place name only qualifies ("members of an Iran-backed militia") stays the target after any
preposition; a place itself after one ("rockets at Aleppo") does not. Sentences written
for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.extracted import one_event

PUBLISHED = dt.date(2020, 3, 1)


def _target(events_found: Any, text: str, trigger: str, kb: Any) -> str:
    target: str = one_event(events_found, text, trigger, PUBLISHED).target_actor
    return kb.top_of(target) if target else ""


@pytest.mark.parametrize(
    ("text", "trigger", "top"),
    [
        ("Two mortar shells struck a coalition base outside Kirkuk late on Saturday.", "struck", "US_COALITION"),
        ("Insurgents shelled a Turkish military base north of Mosul on Thursday.", "shelled", "TUR"),
        ("A suicide bomber struck an Iraqi army base in Anbar province.", "struck", "IRQ"),
        ("Israeli aircraft hit a Hezbollah weapons depot outside Homs overnight.", "hit", "HEZBOLLAH"),
    ],
)
def test_one_base_or_depot_names_whose_it_is(
    events_found: Any, actor_kb: Any, text: str, trigger: str, top: str
) -> None:
    assert _target(events_found, text, trigger, actor_kb) == top


def test_a_militia_base_of_a_sect_is_no_civilian_target(events_found: Any, actor_kb: Any) -> None:
    text = "Unidentified drones bombed a Shiite militia base close to the Syrian border."
    target = _target(events_found, text, "bombed", actor_kb)
    assert target not in ("", "GEN_CIVILIANS")


def test_a_base_named_with_capitals_names_no_side(events_found: Any, actor_kb: Any) -> None:
    # "al-Asad" is a place's name here, not the Syrian president
    text = "Militants fired rockets at al-Asad Air Base in western Iraq."
    assert _target(events_found, text, "fired", actor_kb) == ""


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Kurdish security forces arrested four members of an Iran-backed militia in Sulaimaniya.", "arrested"),
        ("U.S. troops captured dozens of Iran-backed fighters close to the border.", "captured"),
    ],
)
def test_a_side_a_place_qualifies_stays_the_target(
    events_found: Any, actor_kb: Any, text: str, trigger: str
) -> None:
    assert _target(events_found, text, trigger, actor_kb) not in ("", "IRN")


def test_a_city_fired_at_is_no_target(events_found: Any, actor_kb: Any) -> None:
    assert _target(events_found, "Rebels fired rockets at Aleppo on Sunday.", "fired", actor_kb) == ""
