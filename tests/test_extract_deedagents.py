"""A deed noun standing where its doer should stands for whoever conducts it
(extract/deedagents.py): "The X offensive launched by A retook T from B", "A's offensive
drove B out"; and a deed told in a passive relative clause is done by its "by" agent ("the
push, which was led by A against B"). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import plain_ties, tied

PUBLISHED = dt.date(2017, 11, 1)


@pytest.mark.parametrize(
    ("text", "doer", "enemy"),
    [
        (
            "The Raqqa campaign launched by the Syrian Democratic Forces drove the Islamic State from its capital.",
            "SDF",
            "ISIS",
        ),
        (
            "An offensive by Iraqi troops pushed the Islamic State out of Tal Afar within a fortnight.",
            "IRQ_MIL",
            "ISIS",
        ),
        (
            "The spring push, which was mounted by Hay'at Tahrir al-Sham against government troops, stalled near Hama.",
            "HTS",
            "SYR_MIL",
        ),
    ],
)
def test_the_conductor_of_a_deed_noun_is_its_doer(
    relations_found: Any, text: str, doer: str, enemy: str
) -> None:
    assert tied(plain_ties(relations_found, text, PUBLISHED), "fights", doer, enemy)


def test_a_deed_noun_with_no_conductor_names_no_doer(relations_found: Any) -> None:
    text = "Officials said the long campaign drove the Islamic State from its last towns."
    assert not [t for t in relations_found(text, PUBLISHED) if t[0] == "fights"]
