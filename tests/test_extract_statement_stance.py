"""A government statement's own stance: its "we" is its issuer (the article's voice, the
named doer of its own statements: extract/voiceties.py), and a stance taken "with", "by"
or "behind" a side backs it ("We stand with X", "stood by X", "will stand shoulder to
shoulder with X"), the cause it is taken in naming X's enemy ("in their fight against Y";
relations.yaml `stance_verbs`, `stance_preps`, `stance_cause_nouns`, extract/sidetaking.py).
A quoted or questioned "we" is no issuer's, and a stance in a scene ("stood with his
troops at the checkpoint") backs no one."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import extract

PUBLISHED = dt.date(2016, 7, 4)


def ties(text: str) -> set[tuple[str, str, str]]:
    return {(r.kind, r.source_actor, r.target_actor) for r in extract(text, PUBLISHED).relations}


def backs(text: str) -> set[tuple[str, str]]:
    return {(a, b) for kind, a, b in ties(text) if kind == "backs"}


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            "Britain condemns the bombing in Kabul. We remain committed to supporting Afghan forces.",
            ("backs", "GBR", "ANDSF"),
        ),
        (
            "France strongly condemns the attack in Gao. We will continue to support the Malian army.",
            ("backs", "FRA", "MLI_MIL"),
        ),
        (
            (
                "The United Kingdom condemns today's attacks on civilians. We remain firmly committed to"
                " defeating the Taliban."
            ),
            ("fights", "GBR", "TALIBAN"),
        ),
        (
            (
                "Britain condemns the bombing in Kabul. We stand with the Afghan army in its fight against"
                " the Taliban."
            ),
            ("backs", "GBR", "ANDSF"),
        ),
    ],
)
def test_a_statements_own_we_takes_the_issuers_ties(text: str, tie: tuple[str, str, str]) -> None:
    assert tie in ties(text), ties(text)


def test_the_side_a_stance_is_taken_with_fights_the_causes_enemy() -> None:
    text = "Britain condemns the bombing in Kabul. We stand with the Afghan army in its fight against the Taliban."
    assert ("fights", "ANDSF", "TALIBAN") in ties(text), ties(text)


@pytest.mark.parametrize(
    "text",
    [
        '"We stand with the Afghan army," a Taliban commander said.',
        "Britain condemns the bombing in Kabul. Can we support the Afghan army?",
        "We will continue to support the Afghan army.",  # no issuer named: no one's stance
    ],
)
def test_a_quoted_asked_or_unowned_we_backs_no_one(text: str) -> None:
    assert not backs(text), backs(text)


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("Britain stands with the Afghan army.", ("GBR", "ANDSF")),
        ("Britain stood by the Afghan army.", ("GBR", "ANDSF")),
        ("France stands firmly with the Malian army.", ("FRA", "MLI_MIL")),
        ("France will stand shoulder to shoulder with the Malian army.", ("FRA", "MLI_MIL")),
        (
            "Britain stands behind the Afghan army in its struggle against the Taliban.",
            ("GBR", "ANDSF"),
        ),
    ],
)
def test_a_stance_with_or_by_a_side_backs_it(text: str, tie: tuple[str, str]) -> None:
    assert tie in backs(text), backs(text)


@pytest.mark.parametrize(
    "text",
    [
        "The general stood with his troops at the checkpoint.",
        "Britain stands by its decision to leave Helmand.",
        "A reporter stood by the Afghan army post at the crossing.",
    ],
)
def test_a_stance_in_a_scene_or_on_a_decision_backs_no_one(text: str) -> None:
    assert not backs(text), backs(text)
