"""Who says a fact and how sure the words around it leave it, where the words stand apart
from the fact's own clause: "X took A and, according to Y, has entered B" (Y speaks for B
only); "Is X arming Y?" with the subject hung on the auxiliary (asked, not told); "The
reports could not be verified. They said ..." and "None of the reports could be confirmed"
(unconfirmed, also when no fact word stands in the unverifying sentence); "SANA said the
blast hit T, and blamed the attack on X" (the teller blames, not the blast). Sentences
written for these tests; each class with the near misses that stay as they were."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import extract

PUBLISHED = dt.date(2016, 6, 1)
PLAIN = ("asserted", "attributed")


def _facts_at(text: str, place: str) -> list[Any]:
    result = extract(text, PUBLISHED)
    facts = [*result.control_changes, *(e for e in result.events if e.type == "ASSAULT")]
    found = [f for f in facts if f.place_text == place]
    assert found, (text, place)
    return found


@pytest.mark.parametrize(
    ("text", "before", "after"),
    [
        (
            "Government troops retook Tikrit on Friday and, according to a police officer, have also entered Baiji.",
            "Tikrit",
            "Baiji",
        ),
        (
            "Kurdish fighters seized Tal Abyad last week and, according to the Syrian Observatory, are now shelling Raqqa.",
            "Tal Abyad",
            "Raqqa",
        ),
    ],
)
def test_according_to_after_a_conjunction_speaks_for_its_conjunct_only(
    text: str, before: str, after: str
) -> None:
    assert {f.claim.certainty for f in _facts_at(text, before)} == {"asserted"}
    assert {f.claim.certainty for f in _facts_at(text, after)} == {"attributed"}


@pytest.mark.parametrize(
    ("text", "place"),
    [  # set at the end or the start, the phrase speaks for the whole sentence
        ("Kurdish fighters took Tal Abyad and shelled Suluk, according to the Syrian Observatory.", "Tal Abyad"),
        ("According to a police officer, government troops retook Tikrit and entered Baiji.", "Tikrit"),
    ],
)
def test_according_to_closing_or_opening_the_sentence_speaks_for_all_of_it(text: str, place: str) -> None:
    assert {f.claim.certainty for f in _facts_at(text, place)} == {"attributed"}


@pytest.mark.parametrize(
    "text",
    [
        "Is Turkey arming Turkmen fighters in Latakia?",
        "Is Iran sending troops to Aleppo?",
        "Has Hezbollah withdrawn its fighters from Qusair?",
    ],
)
def test_a_yes_no_question_with_its_subject_on_the_auxiliary_tells_nothing(text: str) -> None:
    result = extract(text, PUBLISHED)
    facts = [*result.events, *result.relations, *result.control_changes]
    assert facts
    assert not any(f.claim.certainty in PLAIN for f in facts)


def test_the_same_words_as_a_statement_are_told() -> None:
    result = extract("Turkey is arming Turkmen fighters in Latakia.", PUBLISHED)
    assert {r.claim.certainty for r in result.relations if r.kind == "backs"} == {"asserted"}


@pytest.mark.parametrize(
    "text",
    [
        "The accounts could not be independently verified.\n\nThey said jets had struck a bakery in Saraqeb.",
        "None of the reports could be confirmed.\n\nAccording to them, Kurdish fighters had entered Tal Abyad.",
        "Activists said Russian jets struck a clinic near Idlib.\n\nThe accounts could not be independently verified.",
        "Rebels said they shot down a helicopter over Hama.\n\nNone of the claims could be independently verified.",
    ],
)
def test_accounts_that_could_not_be_verified_leave_what_they_tell_unconfirmed(text: str) -> None:
    result = extract(text, PUBLISHED)
    deeds = [e for e in result.events if e.type == "ASSAULT"] + list(result.control_changes)
    assert deeds
    assert {f.claim.certainty for f in deeds} == {"hedged"}


def test_a_later_speaker_named_after_unverified_reports_keeps_his_word() -> None:
    text = "The reports could not be independently verified.\n\nThe army said on Monday it had retaken the village of Morek."
    assert {f.claim.certainty for f in _facts_at(text, "Morek")} == {"attributed"}


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        ("SANA said the blast hit a queue of cars near a bakery, and blamed the attack on Islamic State.", "SANA"),
        ("The Observatory said the explosion tore through a market, and blamed the bombing on Islamic State.", "SOHR"),
    ],
)
def test_a_blame_joined_to_a_told_clause_is_the_tellers(text: str, teller: str) -> None:
    blamed = [e for e in extract(text, PUBLISHED).events if e.type == "ASSAULT" and e.source_actor == "ISIS"]
    assert blamed
    assert {e.claim.attributed_to for e in blamed} == {teller}


def test_a_blame_joined_to_a_clause_whose_subject_can_speak_is_that_subjects() -> None:
    text = "Kurdish officials said the YPG held a news conference in Qamishli and blamed Turkey for the shelling of Kobani."
    shelling = [e for e in extract(text, PUBLISHED).events if e.trigger == "shelling"]
    assert shelling
    assert {e.claim.attributed_to for e in shelling} == {"YPG"}
