"""An effort whose aim hangs on its own noun ("an operation aimed at retaking T", "an
offensive designed to drive X out of T") or on the clause telling of it ("the offensive was
an operation ... in a bid to seize T") is fighting under way: the assault and the fights tie
are as sure as the effort, only the change of hands stays an aim. Phrasings written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.pipeline import process_texts

PUBLISHED = dt.date(2016, 6, 15)
PLAIN = ("asserted", "attributed")


def _result(text: str):
    return process_texts([text], dates=[PUBLISHED])[0]


def _fights(result) -> set[tuple[str, str]]:
    return {
        (r.source_actor, r.target_actor)
        for r in result.relations
        if r.kind == "fights" and r.claim.certainty in PLAIN
    }


def _assaults(result, certainties=PLAIN) -> set[tuple[str, str]]:
    return {
        (e.source_actor, e.target_actor)
        for e in result.events
        if e.type == "ASSAULT" and e.claim.certainty in certainties
    }


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Syrian troops began a large offensive on Monday aimed at recapturing Palmyra from the Islamic State.",
            ("SYR_MIL", "ISIS"),
        ),
        (
            "Kurdish fighters mounted an operation designed to drive Islamic State militants out of Kobani.",
            ("YPG", "ISIS"),
        ),
        (
            "The battle for Ramadi was a week-long push by Iraqi troops aimed at clearing Islamic State militants from the city.",
            ("IRQ_MIL", "ISIS"),
        ),
        (
            "The Qusair offensive was a military operation by Syrian troops in a bid to recapture Qusair from the rebels.",
            ("SYR_MIL", "GEN_REBELS"),
        ),
    ],
)
def test_an_effort_aimed_at_a_capture_is_fought(text, pair):
    result = _result(text)
    assert pair in _assaults(result)
    assert pair not in _assaults(result, ("hypothetical",))  # the capture's assault is fought too
    assert pair in _fights(result)
    captures = [c for c in result.control_changes if c.kind == "capture"]
    assert all(c.claim.certainty == "hypothetical" for c in captures)


@pytest.mark.parametrize(
    "text",
    [
        "Syrian commanders planned an offensive aimed at recapturing Palmyra from the Islamic State.",
        "Iraqi generals are preparing an operation meant to drive Islamic State militants out of Mosul.",
        "Kurdish leaders proposed an operation designed to push Islamic State militants out of Manbij.",
    ],
)
def test_a_planned_effort_aimed_at_a_capture_is_no_fighting(text):
    result = _result(text)
    assert not _assaults(result)
    assert not _fights(result)


def test_a_finite_aim_beside_an_effort_stays_an_aim():
    text = (
        "Kurdish fighters are resisting a long offensive by the Islamic State, "
        "as the jihadists aim to take the whole of the town of Kobani."
    )
    result = _result(text)
    takes = [e for e in result.events if e.trigger == "take"]
    assert takes and all(e.claim.certainty == "hypothetical" for e in takes)
