"""A deed named as a danger or a likelihood ("the danger of aid workers being abducted",
"the likelihood of fresh strikes") is at risk, not done: hypothetical, like "the risk of" and
"the threat of" (cues.yaml: ``aim_nouns``). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2017, 5, 10)


@pytest.fixture
def assaults_in(events_found: Any) -> Any:
    return lambda text: [e for e in events_found(text, PUBLISHED) if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "There is the danger of aid workers being abducted by armed gangs on the road to Idlib.",
        "Aid groups spoke of the danger of fresh airstrikes on the camp near Atmeh.",
        "Officials stressed the danger of an ISIS attack on the prison in Hasakah.",
        "Diplomats played down the likelihood of Turkish strikes on Kobani this week.",
    ],
)
def test_a_deed_at_risk_is_not_done(text: str, assaults_in: Any) -> None:
    found = assaults_in(text)
    assert found, found
    assert all(e.claim.certainty == "hypothetical" for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Despite the danger, rebels attacked an army checkpoint near Hama on Sunday.",
        "Jets struck the camp near Atmeh on Monday, raising the danger for aid workers.",
    ],
)
def test_a_deed_beside_a_danger_is_done(text: str, assaults_in: Any) -> None:
    found = assaults_in(text)
    assert [e for e in found if e.claim.certainty in ("asserted", "attributed")], found
