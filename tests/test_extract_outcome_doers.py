"""A deed told as the outcome of another act ("resulting in", "leaving", "led to") was done
by that act's doer (extract/outcomes.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extracted import extract

PUBLISHED = dt.date(2021, 5, 20)


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        (
            "The army conducted several raids in the province, resulting in 12 militants killed and 20 detained.",
            "detained",
            "GEN_TROOPS",
        ),
        (
            "Iraqi forces carried out a sweep west of the city, leaving four militants dead and nine arrested.",
            "arrested",
            "IRQ_MIL",
        ),
        (
            "Police launched an operation in the district that led to the arrest of seven gang members.",
            "arrest",
            "GEN_SECURITY_FORCES",
        ),
        (
            "Iraqi police carried out a sweep in the district, leaving nine suspects arrested.",
            "arrested",
            "IRQ_POLICE",
        ),
    ],
)
def test_outcome_takes_the_doer_of_its_act(engine, text: str, trigger: str, doer: str) -> None:
    found = [e.source_actor for e in extract(text, PUBLISHED).events if e.trigger == trigger]
    assert found == [doer]


def test_an_outcome_of_no_act_has_no_doer(engine) -> None:
    # the heavy rain, not an actor, led to the deaths: no one is made the doer
    text = "Heavy rain led to the deaths of six people in the camp near Idlib."
    assert all(not e.source_actor for e in extract(text, PUBLISHED).events)
