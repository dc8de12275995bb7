"""An act the text calls terror ("the terrorist attacks in Kabul", "a terror attack in
Mogadishu"), one act told with its article or a place of its own and no target named, was
done to civilians (extract/innocents.py, cues.yaml ``terror_act_words``); acts in general
("to plan terror attacks") and acts with a target of their own keep theirs. Sentences written
for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2022, 5, 20)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "The United Nations condemned the terrorist attacks in Kabul and Jalalabad, claimed by the Islamic State.",
            "ISIS_KHORASAN",
        ),
        ("Britain condemned terrorist attacks in Kabul, claimed by the Islamic State.", "ISIS_KHORASAN"),
        ("Al-Shabaab carried out a terror attack in Mogadishu on Friday.", "AL_SHABAAB"),
    ],
)
def test_an_act_called_terror_hits_civilians(events_found: Any, text: str, doer: str) -> None:
    found = [e for e in events_found(text, PUBLISHED) if e.type == "ASSAULT"]
    assert found
    assert {(e.source_actor, e.target_actor) for e in found} == {(doer, "GEN_CIVILIANS")}


@pytest.mark.parametrize(
    "text",
    [
        "The group uses the border region to plan terror attacks.",
        "Al-Shabaab carried out an attack in Mogadishu on Friday.",
    ],
)
def test_acts_in_general_or_not_called_terror_keep_no_civilians(events_found: Any, text: str) -> None:
    found = [e for e in events_found(text, PUBLISHED) if e.type == "ASSAULT"]
    assert all(e.target_actor != "GEN_CIVILIANS" for e in found), [
        (e.source_actor, e.target_actor) for e in found
    ]
