"""A side joined in an effort: "X joined Y in the battle for T", "joined Y in the campaign
against Z": X and Y are allies and X fights Z; a side joined with no effort named ("joined Y
in 2014") may be membership and ties nothing (extract/joinedforces.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extracted import top_ties

PUBLISHED = dt.date(2016, 6, 1)


def _ties(text: str, kind: str, actor_kb) -> set[frozenset[str]]:  # type: ignore[no-untyped-def]
    return top_ties(text, kind, actor_kb, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The Nusra Front joined Ahrar al-Sham in the offensive on Idlib.",
            ("JABHAT_AL_NUSRA", "AHRAR_AL_SHAM"),
        ),
        (
            "Hezbollah fighters joined the Syrian army in the battle for Qusair.",
            ("HEZBOLLAH", "SYR"),
        ),
        (
            "Kurdish peshmerga joined the Iraqi army in the campaign against the Islamic State group.",
            ("PESHMERGA", "IRQ"),
        ),
    ],
)
def test_a_side_joined_in_an_effort_is_an_ally(engine, actor_kb, text, pair) -> None:  # type: ignore[no-untyped-def]
    assert frozenset(actor_kb.top_of(p) for p in pair) in _ties(text, "allied", actor_kb)


def test_the_joiner_fights_whom_the_effort_is_against(engine, actor_kb) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kurdish peshmerga joined the Iraqi army in the campaign against the Islamic State group."
    )
    assert frozenset({actor_kb.top_of("PESHMERGA"), "ISIS"}) in _ties(text, "fights", actor_kb)


@pytest.mark.parametrize(
    "text",
    [
        "A British man joined the Islamic State group in 2014.",
        "Several hundred fighters joined the Free Syrian Army in the summer.",
    ],
)
def test_joining_with_no_effort_named_ties_nothing(engine, actor_kb, text) -> None:  # type: ignore[no-untyped-def]
    assert _ties(text, "allied", actor_kb) == set()


@pytest.mark.parametrize(
    ("text", "joiner", "target"),
    [
        ("Jordan joined Saudi Arabia in the media campaign against Qatar.", "JOR", "QAT"),
        (
            "Egypt joined Saudi Arabia in the campaign against Qatar, severing diplomatic relations.",
            "EGY",
            "QAT",
        ),
        (
            "Bahrain joined Saudi Arabia in the campaign against Qatar, imposing sanctions on Doha.",
            "BHR",
            "QAT",
        ),
    ],
)
def test_a_civil_campaign_joined_has_no_war_enemy(engine, actor_kb, text, joiner, target) -> None:  # type: ignore[no-untyped-def]
    fights = _ties(text, "fights", actor_kb)
    assert frozenset({actor_kb.top_of(joiner), actor_kb.top_of(target)}) not in fights
    assert frozenset({actor_kb.top_of("SAU"), actor_kb.top_of(target)}) not in fights


def test_a_campaign_told_with_troops_keeps_its_enemy(engine, actor_kb) -> None:  # type: ignore[no-untyped-def]
    text = "Sudan joined Saudi Arabia in the campaign against the Houthis, sending troops to Yemen."
    assert frozenset({actor_kb.top_of("SDN"), actor_kb.top_of("HOUTHIS")}) in _ties(
        text, "fights", actor_kb
    )
