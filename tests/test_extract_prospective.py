"""An act not done yet, told as a noun: "an imminent offensive", "a looming assault"."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2024, 5, 20)


def assaults(text: str) -> list:
    from frontwatch.pipeline import process_texts

    return [e for e in process_texts([text], dates=[PUBLISHED])[0].events if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Families in El Fasher braced for an imminent assault by the Rapid Support Forces.",
            "imminent",
        ),
        ("Residents of Kharkiv are bracing for a looming assault by Russian forces.", "looming"),
        ("Aid groups moved supplies ahead of an expected Turkish attack on Manbij.", "expected"),
        ("Thousands of families fled Rafah ahead of an impending Israeli strike.", "impending"),
    ],
)
def test_an_act_not_done_yet_is_hypothetical(engine, text: str, cue: str) -> None:
    found = assaults(text)
    assert found and all(e.claim.certainty == "hypothetical" for e in found)
    assert cue in {e.claim.cue for e in found}


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces launched a massive attack on Kharkiv on Monday.",
        "Turkey carried out the planned strikes on Manbij overnight.",
    ],
)
def test_an_act_done_stays_a_fact(engine, text: str) -> None:
    assert [e.claim.certainty for e in assaults(text)] == ["asserted"]
