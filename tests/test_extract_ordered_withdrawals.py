"""A withdrawal ordered or decided by those who command the troops is told as an act, as sure
as the order: "the administration ordered American troops to withdraw from T", "the Pentagon
said it had ordered its troops to pull out" (attributed); the place changes no hands yet (the
control change stays an aim), and an order or decision still to come ("threatened to order",
"would order", "a decision to withdraw would be a mistake", "pressed for a decision") leaves
the withdrawal an aim (extract/orderedmoves.py, cues.yaml ``command_verbs``, ``decision_nouns``,
``ordered_event_types``). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2019, 10, 8)


def _retreats(text: str) -> tuple[list[str], list[str]]:
    from frontwatch.pipeline import process_texts

    result = process_texts([text], dates=[PUBLISHED])[0]
    events = [e.claim.certainty for e in result.events if e.type == "RETREAT"]
    assert events, (text, result.events)
    return events, [c.claim.certainty for c in result.control_changes]


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        ("On Sunday, the administration ordered American troops to withdraw from northeastern Syria.", "asserted"),
        ("The Kremlin ordered its forces to pull out of the Kherson region on Wednesday.", "asserted"),
        ("The Pentagon said it had ordered its troops to pull out of the Tanf garrison.", "attributed"),
    ],
)  # fmt: skip
def test_an_ordered_withdrawal_is_an_act_but_no_change_of_hands(text: str, certainty: str) -> None:
    events, changes = _retreats(text)
    assert events == [certainty]
    assert all(c == "hypothetical" for c in changes), changes


@pytest.mark.parametrize(
    "text",
    [
        "The president threatened to order troops to withdraw from northern Syria.",
        "The president would order troops to withdraw from northern Syria if talks fail.",
        "A decision to withdraw troops from northern Syria would be a grave mistake, senators said.",
        "Kurdish leaders pressed for a decision to withdraw Turkish troops from Afrin.",
        "The president did not order troops to withdraw from northern Syria.",
    ],
)
def test_an_order_still_to_come_leaves_an_aim(text: str) -> None:
    events, _ = _retreats(text)
    assert all(c in ("hypothetical", "negated") for c in events), events


def test_an_aim_of_the_troops_themselves_stays_an_aim(events_found: Any) -> None:
    text = "The troops hoped to withdraw from northern Syria before the winter."
    retreats = [e for e in events_found(text, PUBLISHED) if e.type == "RETREAT"]
    assert retreats and all(e.claim.certainty == "hypothetical" for e in retreats), retreats
