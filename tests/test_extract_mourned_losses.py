"""Civilian deaths a statement mourns or deplores at a place are an attack on civilians
there, doer unnamed; the judge accuses no one by them, civilians are never the accused
(extract/mournedlosses.py, extract/judged.py, events.yaml ``mourned_losses``). A condemned
act's toll told by a verb of causing deaths, or by a relative clause on the place or site
struck where the parser hangs that place on the judging verb, names its victims
(extract/innocents.py, cues.yaml ``death_causing_verbs``). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import extract

PUBLISHED = dt.date(2017, 2, 20)
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


def _targets(text: str) -> list[tuple[str, str]]:
    """(target, place) of the text's attacks."""
    return [
        (e.target_actor, e.place_text)
        for e in extract(text, PUBLISHED).events
        if e.type == "ASSAULT"
    ]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Jordan condemned the bombings in Tikrit and Samarra that resulted in the deaths of at least 15 civilians.",
            {"Tikrit", "Samarra"},
        ),
        ("The blast in Kirkuk on Monday caused the deaths of five children.", {"Kirkuk"}),
        (
            "The shelling of Douma led to the deaths of dozens of residents, activists said.",
            {"Douma"},
        ),
        (
            "Jordan condemned the car bomb attack today in Kirkuk in front of the provincial council building that took a number of innocent lives.",
            {"Kirkuk"},
        ),
    ],
)
def test_civilian_deaths_an_act_caused_make_civilians_its_target(
    text: str, places: set[str]
) -> None:
    found = _targets(text)
    assert {place for target, place in found if target == CIVILIANS} == places, found


@pytest.mark.parametrize(
    "text",
    [
        "Jordan condemned the bombings in Tikrit, which resulted in the deaths of several soldiers.",
        "Jordan condemned the car bomb attack today in Kirkuk in front of the police headquarters that took the lives of four officers.",
        "The raid in Kirkuk resulted in the arrest of five civilians.",
    ],
)
def test_deaths_of_others_or_other_results_name_no_civilians(text: str) -> None:
    found = _targets(text)
    assert all(target != CIVILIANS for target, _ in found), found
