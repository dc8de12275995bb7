"""An act told again with no doer takes the doer of the act it retells (retold.carry_doers):
of the latest act of its type told as done, and of its own means first. "The air strike
killed nine" after a bombing and an ambush retells the bombing; an act only vowed or planned
("the army would storm the enclave") was not done and names no doer. Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import extract

PUBLISHED = dt.date(2021, 6, 14)


def _doer_of(text: str, trigger: str) -> str:
    found = [e for e in extract(text, PUBLISHED).events if e.trigger == trigger]
    assert found, [(e.type, e.trigger) for e in extract(text, PUBLISHED).events]
    return found[-1].source_actor


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        (
            (
                "U.S. aircraft bombed an al-Shabaab camp near Jilib on Monday. The militants had"
                " ambushed a Somali army patrol nearby a day earlier. The air strike killed nine"
                " fighters, the command said."
            ),
            "killed",
            "USA_AIRFORCE",
        ),
        (
            (
                "Israeli warplanes bombed a Hamas training site in Gaza City on Monday. Militants"
                " had fired rockets at Sderot hours earlier. Two fighters were killed in the air"
                " raid, medics said."
            ),
            "killed",
            "ISR_AIRFORCE",
        ),
        (
            (
                "Saudi jets bombed Houthi positions near Saada on Friday. Houthi fighters had"
                " attacked a border post in Jizan the day before. The air strikes killed six"
                " fighters, the coalition said."
            ),
            "killed",
            "SAU_AIRFORCE",
        ),
    ],
)
def test_a_retold_act_takes_the_doer_of_its_own_means(text: str, trigger: str, doer: str) -> None:
    assert _doer_of(text, trigger) == doer


@pytest.mark.parametrize(
    ("text", "trigger", "not_doer"),
    [
        (
            (
                "Government officials said the army would soon storm the rebel enclave. The"
                " shelling killed 12 civilians on Sunday, monitors said."
            ),
            "killed",
            "GEN_TROOPS",
        ),
        (
            (
                "Army commanders said troops would storm the camp within days. Its perimeter was"
                " attacked on Thursday."
            ),
            "attacked",
            "GEN_TROOPS",
        ),
    ],
)
def test_an_act_only_vowed_or_planned_names_no_doer(text: str, trigger: str, not_doer: str) -> None:
    assert _doer_of(text, trigger) != not_doer


def test_a_passive_retelling_still_takes_the_doer_told_before() -> None:
    text = (
        "Iraqi forces began to retake the town of Baiji on Monday. The town was recaptured"
        " on Thursday, officials said."
    )
    assert _doer_of(text, "recaptured").startswith("IRQ")
