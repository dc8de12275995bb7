"""Guards from a review of this session's rules (sentences written for these tests): a
campaign of words, money or law against a side is no attack and no fight (events.yaml
civil_modifiers; triggerobjects.aimed_at_a_side, fightcues); a deed one side only asks of
another ("urged X to stop the advance of Y") is no fight of the asker's (blocking.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

_DAY = dt.date(2018, 9, 10)


@pytest.mark.parametrize(
    "text",
    [
        "Washington has stepped up its maximum pressure campaign against Iran.",
        "The opposition launched a media campaign against President Bashar al-Assad.",
        "Israel has mounted a diplomatic campaign against Hezbollah at the United Nations.",
        "Activists began a boycott campaign against the junta's businesses.",
    ],
)
def test_a_civil_campaign_against_a_side_is_no_attack(
    events_found: Any, relations_found: Any, text: str
) -> None:
    assert not [e for e in events_found(text, _DAY) if e.type == "ASSAULT"]
    assert not [r for r in relations_found(text, _DAY) if r[0] == "fights"]


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("The army began a campaign against the rebels in Daraa.", ("fights", "SYR_MIL", "GEN_REBELS")),
        ("Turkey launched an operation against the YPG in Afrin in January.", ("fights", "TUR", "YPG")),
    ],
)  # fmt: skip
def test_an_armed_campaign_against_a_side_still_fights_it(
    relations_found: Any, text: str, tie: tuple[str, str, str]
) -> None:
    assert tie in {(k, s, t) for k, s, t, _c in relations_found(text, _DAY)}


@pytest.mark.parametrize(
    "text",
    [
        "Moscow urged Ankara to stop the advance of Syrian government forces.",
        "Washington asked Baghdad to halt the advance of the Popular Mobilization Forces.",
    ],
)
def test_a_stop_asked_of_another_is_no_fight_of_the_asker(relations_found: Any, text: str) -> None:
    askers = {"RUS", "USA"}
    assert not [r for r in relations_found(text, _DAY) if r[0] == "fights" and r[1] in askers]
