"""A question asked or the floor given is no demand (extract/askedquestions.py); asking
for an act or a thing stays a REQUEST. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2017, 5, 10)


@pytest.fixture
def requests_in(events_found: Any) -> Any:
    return lambda text: [e for e in events_found(text, PUBLISHED) if e.type == "REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "A reporter asked whether the strikes had hit any civilian buildings.",
        "One correspondent asked the spokesman if Turkish troops would stay in the town.",
        "The senator asked what the administration planned to do about the militias.",
        "He then asked the colonel a question about the militia's casualties.",
        "After the briefing, the general was asked for his comments on the offensive.",
        "When I do call on you, tell us your name and your outlet.",
        'Residents asked, "Who will protect us now?"',
    ],
)
def test_a_question_is_no_demand(text: str, requests_in: Any) -> None:
    assert not requests_in(text), requests_in(text)


@pytest.mark.parametrize(
    ("text", "asker"),
    [
        ("The Iraqi government asked Washington to send more advisers to Anbar.", "IRQ_GOV"),
        ("Kurdish leaders asked for international help to defend the town.", "GEN_KURDS"),
        ("The United Nations called on both sides to stop the shelling of Aleppo.", "UN"),
    ],
)
def test_asking_for_an_act_is_a_demand(text: str, asker: str, requests_in: Any) -> None:
    assert [e for e in requests_in(text) if e.source_actor == asker], requests_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Turkish foreign minister will meet the UN envoy in Geneva next week.",
        "Russian and Iranian officials will hold talks with the Syrian government in Astana on Monday.",
    ],
)
def test_an_announced_meeting_is_an_intent_to_meet_and_a_meeting_to_come(
    text: str, events_found: Any
) -> None:
    """PLOVER codes an announced meeting as AGREE (CAMEO 036, intent to meet or negotiate);
    the meeting itself is a CONSULT still to come."""
    events = events_found(text, PUBLISHED)
    assert [e for e in events if e.type == "AGREE" and e.claim.certainty == "asserted"], events
    assert [e for e in events if e.type == "CONSULT" and e.claim.certainty == "hypothetical"], events
