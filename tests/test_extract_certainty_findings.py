""" "Investigators found that jets bombed T" is the investigators' finding (attributed),
but what troops "find" is what they come upon: "police went on to find and arrest two
suspects", "hostages who were found shackled and tortured by the militants", "soldiers found
arms caches and detained two men" are told by the article itself. Through the full
pipeline, with the finding that stays theirs."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import extract

PUBLISHED = dt.date(2017, 4, 2)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Near Kirkuk, police went on to find and arrest two IS suspects.",
            "COERCE",
        ),
        (
            "Kurdish fighters freed four hostages who were found shackled and tortured by IS guards.",
            "ASSAULT",
        ),
        ("Soldiers found two arms caches in the village and detained three IS fighters.", "COERCE"),
    ],
)
def test_what_troops_come_upon_is_told_by_the_article(text: str, kind: str) -> None:
    facts = [e for e in extract(text, PUBLISHED).events if e.type == kind]
    assert facts and all(e.claim.certainty == "asserted" for e in facts), [e.claim for e in facts]


@pytest.mark.parametrize(
    "text",
    [
        "UN investigators found that government jets had bombed the hospital in Idlib.",
        "The inquiry noted that coalition aircraft struck the mosque near Aleppo.",
    ],
)
def test_a_finding_told_as_a_clause_is_the_finders_word(text: str) -> None:
    facts = [e for e in extract(text, PUBLISHED).events if e.type == "ASSAULT"]
    assert facts and all(e.claim.certainty == "attributed" for e in facts), [e.claim for e in facts]


def test_what_finders_of_evidence_heard_as_well_stays_theirs() -> None:
    """ "found evidence of shelling and heard accounts of a massacre": the account joined to
    the finding of evidence is theirs too (the object "evidence" tells a finding)."""
    text = (
        "Rights investigators who visited the town found evidence of shelling and heard "
        "accounts of a massacre by pro-government militiamen."
    )
    facts = [e for e in extract(text, PUBLISHED).events if e.trigger == "massacre"]
    assert facts and all(e.claim.certainty == "attributed" for e in facts), [e.claim for e in facts]
