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
    # the heavy rain, not an actor, flooded the camp: no one is made the doer
    text = "Heavy rain flooded the camp near Idlib, resulting in six people killed."
    events = extract(text, PUBLISHED).events
    assert events and all(not e.source_actor for e in events)


@pytest.mark.parametrize(
    ("text", "trigger", "cause_doer"),
    [
        (
            "Al-Shabaab fighters raided an army post near Kismayo, leading to the arrest of ten of them.",
            "arrest",
            "AL_SHABAAB",
        ),
        (
            "Militants bombed a crowded market in Baidoa, leading to angry protests against them.",
            "protests",
            "AL_SHABAAB",
        ),
        (
            "Rebel gunmen attacked the town of Kadugli, leading to a quick deployment of Sudanese army troops.",
            "deployment",
            "GEN_REBELS",
        ),
    ],
)
def test_a_reaction_or_a_deed_done_to_the_doer_is_not_its_outcome(
    engine, text: str, trigger: str, cause_doer: str
) -> None:
    found = [e.source_actor for e in extract(text, PUBLISHED).events if e.trigger == trigger]
    assert found and cause_doer not in found
