"""A deed that is only weighed ("is considering air strikes", "mulling a ground offensive")
is hypothetical, on the tie as on the event; a deed that happened keeps its plain label when
a verb of weighing governs something else. Sentences are our own."""

from __future__ import annotations

import pytest
from extracted import extract


def _labels(text: str) -> set[str]:
    found = extract(text)
    return {r.claim.certainty for r in found.relations} | {e.claim.certainty for e in found.events}


@pytest.mark.parametrize(
    "text",
    [
        "Washington is considering air strikes on the militants around Sinjar.",
        "Ankara has been weighing a ground offensive against the YPG east of Manbij.",
        "Officials in Baghdad mulled artillery strikes on the insurgents near Hit, aides said.",
        "The generals contemplated an assault on the airbase for weeks.",
    ],
)
def test_a_deed_only_weighed_is_hypothetical(text: str) -> None:
    labels = _labels(text)
    assert labels and labels <= {"hypothetical"}, labels


@pytest.mark.parametrize(
    "text",
    [
        "Officials weighed the damage after air strikes hit rebel positions near Idlib.",
        "Jets struck militant positions near Hit while officials considered the next step.",
    ],
)
def test_a_done_deed_near_a_verb_of_weighing_stays_plain(text: str) -> None:
    assert "asserted" in _labels(text), _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Turkish commanders discussed launching a ground offensive against the YPG near Manbij.",
        "The generals are weighing storming the airbase outside Deir ez-Zor.",
        "Officials in Baghdad debated shelling the insurgents near Hit.",
    ],
)
def test_a_deed_talked_over_as_a_gerund_is_hypothetical(text: str) -> None:
    found = extract(text)
    labels = {e.claim.certainty for e in found.events if e.type == "ASSAULT"}
    assert labels and labels <= {"hypothetical"}, labels


def test_a_done_deed_discussed_stays_plain() -> None:
    labels = _labels("Ministers discussed the aftermath after jets bombed a market in Idlib.")
    assert "asserted" in labels, labels
