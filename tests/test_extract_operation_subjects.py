"""An operation noun as the subject of an act is its doer's: the one its own phrase or a
sentence before names ("The SDF launched an offensive ... The offensive has killed ..."),
else the speaker of a said clause ("Ankara says the operation targets X";
extract/arguments.py with extract/operations.py). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 9, 1)


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("Ankara says the operation targets the jihadists near Jarablus.", "targets", "TUR"),
        ("The Pentagon said the campaign targets Islamic State oil facilities near Deir ez-Zor.",
         "targets", "USA"),
        ("Moscow said the operation targeted militant command posts near Idlib.", "targeted", "RUS"),
    ],
)
def test_a_speakers_operation_is_the_speakers(
    text: str, trigger: str, doer: str, events_found: Any
) -> None:
    acts = [e for e in events_found(text, PUBLISHED) if e.trigger == trigger]
    assert acts and acts[0].source_actor.startswith(doer), events_found(text, PUBLISHED)


def test_an_operation_told_before_is_its_doers(relations_found: Any) -> None:
    text = (
        "The SDF launched an offensive on Raqqa in June. The offensive has killed hundreds of "
        "Islamic State fighters."
    )
    assert ("fights", "SDF", "ISIS", "asserted") in relations_found(text, PUBLISHED)


def test_an_effort_named_in_passing_does_not_act(events_found: Any) -> None:
    text = (
        "The colonel said his soldiers cleared routes for the push into eastern Mosul, part of "
        "the effort to liberate the city from the Islamic State."
    )
    acts = [e for e in events_found(text, PUBLISHED) if e.trigger == "liberate"]
    assert not any(e.source_actor.startswith("USA") for e in acts), acts
