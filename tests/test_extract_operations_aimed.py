"""An operation or campaign aimed at a named side is an attack (events.yaml ``needs_aim``),
even when the parser hangs "against" on its agents; one with no side named is none; and what
the copula says an act is ("the battle was an operation against X") tells that act, not a
second one (triggersenses.restates_its_subject). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import of_type

PUBLISHED = dt.date(2018, 10, 2)


def _assaults(text: str) -> list[tuple[str, str, str]]:
    return [(e.trigger, e.source_actor, e.target_actor) for e in of_type(text, "ASSAULT", PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        ("Operation Olive Branch was an incursion-style operation of 2018 led by Turkish soldiers against the YPG in Afrin.", "TUR_MIL", "YPG"),
        ("Operation Shader was a campaign by the Royal Air Force against the Islamic State over Iraq.", "GBR_AIRFORCE", "ISIS"),
        ("The Kurdish-led Syrian Democratic Forces waged a long campaign against ISIS along the Euphrates.", "SDF", "ISIS"),
    ],
)
def test_an_operation_against_a_named_side_is_an_attack(text: str, doer: str, target: str) -> None:
    found = _assaults(text)
    assert any(t in ("operation", "campaign") and (s, g) == (doer, target) for t, s, g in found), found


def test_against_hung_on_the_second_agent_still_names_the_target() -> None:
    text = (
        "Euphrates Shield, in 2016, was an operation mounted by Turkish troops and Syrian "
        "National Army (SNA) units against the Islamic State (IS), near Jarabulus."
    )
    assert ("operation", "TUR_MIL", "ISIS") in _assaults(text)


@pytest.mark.parametrize(
    "text",
    [
        "The government began a campaign against corruption in the ministries.",
        "A rescue operation continued in the rubble of the collapsed hotel.",
        "The ministry launched a vaccination campaign in the northern provinces.",
    ],
)
def test_an_operation_aimed_at_no_side_is_no_attack(text: str) -> None:
    assert not [a for a in _assaults(text) if a[0] in ("operation", "campaign")]


@pytest.mark.parametrize(
    "text",
    [
        "The 2015 Tikrit battle was a military operation against ISIL to retake the city.",
        "The Mosul offensive was an operation by Iraqi forces against the Islamic State.",
        "The battle for the airport was an assault by the rebels against the base's garrison.",
    ],
)
def test_what_the_copula_says_an_act_is_tells_no_second_act(text: str) -> None:
    triggers = [t for t, _, _ in _assaults(text)]
    assert not {"operation", "assault"} & set(triggers), triggers
