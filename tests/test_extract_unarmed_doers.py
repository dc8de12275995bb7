"""Monitors, aid groups, news outlets and civilians report, suffer or flee attacks; they
never make one. Whatever the parse says, such a doer of a hostile act is cleared, while the
armed doer a report names stays."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2016, 10, 3)


def hostile_acts(text: str) -> list:
    from frontwatch.pipeline import process_texts

    events = process_texts([text], dates=[PUBLISHED])[0].events
    return [e for e in events if e.type in ("ASSAULT", "COERCE")]


@pytest.mark.parametrize(
    "text",
    [
        "The Observatory said heavy shelling on Sunday hit several districts of the capital.",
        "The Syrian Observatory for Human Rights reported fierce clashes south of Aleppo.",
        "Thousands of civilians fleeing the heavy battles reached the border on Tuesday.",
        "Aid workers counted dozens of air strikes on the eastern districts overnight.",
        "Rami Abdulrahman, who heads the Observatory, said the blast killed nine people.",
    ],
)
def test_an_unarmed_witness_is_no_doer(text):
    acts = hostile_acts(text)
    assert acts, "the sentence states an act"
    unarmed = {"SOHR", "GEN_CIVILIANS", "GEN_AID_WORKERS", "GEN_MONITORS", "P_RAMI_ABDULRAHMAN"}
    assert all(act.source_actor not in unarmed for act in acts)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Medics said Russian jets bombed a hospital in Idlib on Monday.", "RUS_AIRFORCE"),
        (
            "The Observatory said Islamic State fighters shelled Kurdish districts of Hasakah.",
            "ISIS",
        ),
    ],
)
def test_the_armed_doer_a_witness_names_stays(text, doer):
    assert any(act.source_actor == doer for act in hostile_acts(text))
