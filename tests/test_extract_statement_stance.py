"""A government statement's own stance: its "we" is its issuer (the article's voice, the
named doer of its own statements: extract/voiceties.py), and a stance taken "with", "by"
or "behind" a side backs it ("We stand with X", "stood by X", "will stand shoulder to
shoulder with X"), the cause it is taken in naming X's enemy ("in their fight against Y";
relations.yaml `stance_verbs`, `stance_preps`, `stance_cause_nouns`, extract/sidetaking.py).
A quoted or questioned "we" is no issuer's, and a stance in a scene ("stood with his
troops at the checkpoint") backs no one. A statement that never names itself speaks for
the state whose government is its source ("U.S. Department of State"; not a news
outlet: extract/voice.py `issuer_of_source`, events.yaml `voice.issuer_types`)."""

from __future__ import annotations

import datetime as dt
from typing import Any

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


def published_by(text: str, source: str) -> Any:
    from frontwatch.pipeline import process_texts

    result = process_texts([text], dates=[PUBLISHED], sources=[source])[0]
    assert not result.error, result.error
    return result


@pytest.mark.parametrize(
    ("source", "issuer"),
    [
        ("UK Foreign Office press release", "GBR"),
        ("Statement by the U.S. Department of State (republished)", "USA"),
        ("US government (State Department statement republished by a local paper)", "USA"),
    ],
)
def test_a_statement_that_never_names_itself_speaks_for_its_publishing_government(
    source: str, issuer: str
) -> None:
    text = (
        "We condemn the bombing carried out by the Taliban in Kabul. We remain committed to"
        " supporting Afghan forces."
    )
    result = published_by(text, source)
    assert ("backs", issuer, "ANDSF") in {
        (r.kind, r.source_actor, r.target_actor) for r in result.relations
    }
    assert (issuer, "TALIBAN") in {
        (e.source_actor, e.target_actor) for e in result.events if e.type == "ACCUSE"
    }


@pytest.mark.parametrize("source", ["Reuters", "VOA", ""])
def test_a_news_outlet_or_no_source_issues_no_statement(source: str) -> None:
    text = (
        "We condemn the bombing carried out by the Taliban in Kabul. We remain committed to"
        " supporting Afghan forces."
    )
    result = published_by(text, source)
    assert not [r for r in result.relations if r.kind == "backs"]
    assert not [e.source_actor for e in result.events if e.type == "ACCUSE" and e.source_actor]
