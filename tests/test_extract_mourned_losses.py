"""Civilian deaths a statement mourns or deplores at a place are an attack on civilians
there, doer unnamed; the judge accuses no one by them, civilians are never the accused
(extract/mournedlosses.py, extract/judged.py, events.yaml ``mourned_losses``). Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import extract

PUBLISHED = dt.date(2018, 5, 2)
CIVILIANS = "GEN_CIVILIANS"


def assaults_on_civilians(text: str) -> list[tuple[str, str]]:
    """(doer, place) of the text's plain attacks on civilians."""
    return [
        (e.source_actor, e.place_text)
        for e in extract(text, PUBLISHED).events
        if e.type == "ASSAULT"
        and e.target_actor == CIVILIANS
        and e.claim.certainty in ("asserted", "attributed")
    ]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "The United States is concerned about the fighting. We deplore the civilian casualties in Tal Abyad, Qamishli, and elsewhere.",
            {"Tal Abyad", "Qamishli"},
        ),
        (
            "Britain expressed its deep condolences for the loss of civilian life in Kirkuk and Tikrit.",
            {"Kirkuk", "Tikrit"},
        ),
        (
            "The foreign ministry said it was saddened by the deaths of civilians in Idlib.",
            {"Idlib"},
        ),
        ("France mourns the civilian deaths in Manbij.", {"Manbij"}),
    ],
)
def test_a_mourned_civilian_loss_is_an_attack_on_civilians_there(
    text: str, places: set[str]
) -> None:
    found = assaults_on_civilians(text)
    assert {place for _, place in found} == places, found
    assert all(doer == "" for doer, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The army said its strikes were planned to avoid civilian casualties in Raqqa.",
        "There were no indications of civilian casualties in Deir ez-Zor.",
        "Officials are worried that an offensive could cause civilian casualties in Idlib.",
    ],
)
def test_civilian_losses_told_otherwise_are_no_mourned_attack(text: str) -> None:
    told = [
        (e.type, e.trigger)
        for e in extract(text, PUBLISHED).events
        if e.type == "ASSAULT" and e.trigger in ("casualties", "deaths")
    ]
    assert not told, told


def test_a_mourned_loss_without_a_place_is_no_attack() -> None:
    assert not assaults_on_civilians("Britain deplores the civilian casualties.")


@pytest.mark.parametrize(
    "text",
    [
        "The United States is concerned about the fighting. We deplore the civilian casualties in Tal Abyad.",
        "Jordan condemned the civilian deaths in Hama.",
    ],
)
def test_the_victims_are_never_the_accused(text: str) -> None:
    accused = [e.target_actor for e in extract(text, PUBLISHED).events if e.type == "ACCUSE"]
    assert CIVILIANS not in accused, accused
