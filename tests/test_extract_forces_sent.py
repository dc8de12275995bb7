"""Forces sent are the sending side's own: "Russian troops were deployed to T", with no doer
named, tell Russia mobilizing, never Russian troops targeted (events.yaml
``own_forces_types``, passives.own_forces_sent); a named sender stays the doer. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import of_type

PUBLISHED = dt.date(2017, 4, 11)


def _mobilized(text: str) -> list[tuple[str, str]]:
    return [(e.source_actor, e.target_actor) for e in of_type(text, "MOBILIZE", PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Russian troops were deployed to the air base near Latakia.", "RUS_MIL"),
        ("Iranian reinforcements were sent to Aleppo on Monday.", "IRN_MIL"),
        ("Turkish commandos were deployed along the border with Syria last week.", "TUR_MIL"),
    ],
)
def test_forces_deployed_with_no_sender_are_the_doer(text: str, side: str) -> None:
    assert (side, "") in _mobilized(text)


def test_a_named_sender_stays_the_doer() -> None:
    assert _mobilized("Turkey deployed more troops to Idlib.")[0][0].startswith("TUR")
