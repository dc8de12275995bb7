"""Doubt on who did a deed, and who says so when the speaker is a title or a medium.

"Checkpoints were shelled, presumably by IS": the hedge sits on the "by" that names the
doer, so the deed as told (this doer's) is hedged, not plain fact. "According to
yesterday's briefing by coalition spokesman Col. X": the claimant is the side the title
names. "A video released by X claimed": the one who issued the medium says so.
Each class through the full pipeline, with near-misses where the claim stays plain."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import extract, of_type

PUBLISHED = dt.date(2016, 5, 1)


def assaults(text: str) -> list[Any]:
    events = of_type(text, "ASSAULT", PUBLISHED)
    assert events, f"no ASSAULT in {text!r}"
    return events


@pytest.mark.parametrize(
    "text",
    [
        "Several army checkpoints near Homs were shelled overnight, presumably by Islamic State fighters.",
        "A rebel fuel depot outside Idlib was bombed on Monday, reportedly by Russian jets.",
        "Two trucks carrying rockets were struck near the Lebanese border, apparently by Israeli aircraft.",
        "Hezbollah positions in the Qalamoun were attacked twice this month, allegedly by the Israeli air force.",
    ],
)
def test_a_hedge_on_the_doer_hedges_the_deed(text: str) -> None:
    assert all(e.claim.certainty == "hedged" for e in assaults(text))


@pytest.mark.parametrize(
    "text",
    [
        "An aid convoy was attacked near Aleppo by government forces, reportedly killing five drivers.",
        "A rebel base near Idlib was bombed by Russian jets that reportedly took off from Latakia.",
    ],
)
def test_a_hedge_elsewhere_leaves_the_named_doer_plain(text: str) -> None:
    told = [e for e in assaults(text) if e.source_actor]
    assert told and all(e.claim.certainty == "asserted" for e in told)


def _claimants(text: str) -> set[str]:
    found = extract(text, PUBLISHED)
    facts = [*found.events, *found.relations, *found.control_changes]
    return {f.claim.attributed_to for f in facts if f.claim.certainty == "attributed"}


@pytest.mark.parametrize(
    "text",
    [
        "According to yesterday's briefing by coalition spokesman Col. John Harlan, Iraqi forces captured Hit.",
        "Iraqi troops shelled the outskirts of Fallujah, according to a statement from coalition spokesman Major Dale Ormsby.",
        "Coalition spokesman Col. Ryan Dillard told reporters that Iraqi forces had retaken the town of Rutba.",
        "Iraqi troops cleared IS out of Baiji and, according to Monday’s briefing by coalition spokesman Col. Ted Harwell, have freed Hit.",
    ],
)
def test_a_spokesman_titled_before_his_name_speaks_for_his_side(actor_kb: Any, text: str) -> None:
    claimants = _claimants(text)
    assert claimants and {actor_kb.top_of(c) for c in claimants} == {"US_COALITION"}


@pytest.mark.parametrize(
    "text",
    [
        "A video released by the Islamic State claimed that its fighters shelled the airport in Deir ez-Zor.",
        "A statement posted on a website in the name of Islamic State claimed that its gunmen had overrun an army outpost outside Tikrit.",
        "A message issued by the Taliban said its fighters stormed a police checkpoint in Kunduz.",
    ],
)
def test_a_medium_that_names_its_issuer_is_the_issuers_word(actor_kb: Any, text: str) -> None:
    claimants = _claimants(text)
    assert claimants and all(actor_kb.top_of(c) in ("ISIS", "TALIBAN") for c in claimants)


def test_a_medium_that_names_no_issuer_names_no_claimant() -> None:
    claimants = _claimants(
        "A video circulating online showed rebels shelling a checkpoint near Hama."
    )
    assert claimants <= {""}


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Rebels recaptured the village of Khan Tuman, a military source told Reuters.",
            "military source",
        ),
        (
            "Government jets bombed the town of Saraqeb on Monday, an opposition activist told AFP.",
            "opposition activist",
        ),
        (
            "Kurdish fighters shelled an IS post near Manbij overnight, a local commander told the BBC.",
            "local commander",
        ),
    ],
)
def test_a_speaker_closing_a_paragraph_owns_its_claim(paragraph: str, speaker: str) -> None:
    """Wire copy ends a paragraph with its source and a blank line; the line break after the
    sentence is no word of its own that would keep the closing verb from closing it."""
    text = f"{paragraph}\n\nThe fighting went on through the night."
    told = [e for e in extract(text, PUBLISHED).events if e.type == "ASSAULT"]
    assert told and all(e.claim.certainty == "attributed" for e in told)
    assert {e.claim.attributed_to for e in told} == {speaker}


def test_a_paragraph_that_says_more_after_its_verb_is_not_closed_by_it() -> None:
    text = "Rebels shelled the army base near Hama, and officials said the army would respond.\n\nIt was quiet later."
    told = [e for e in assaults(text) if e.trigger == "shelled"]
    assert told and all(e.claim.certainty == "asserted" for e in told)


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi troops retook the refinery at Baiji, Gen. Mark Hollis, the head of the training mission, said on Friday.",
        "Kurdish units stormed the village of Tal Hamis, Col. Anna Berg, the deputy commander of the task force, told reporters.",
    ],
)
def test_a_name_with_its_title_set_off_before_the_verb_is_the_speaker(text: str) -> None:
    told = [e for e in extract(text, PUBLISHED).events if e.type == "ASSAULT"]
    assert told and all(e.claim.certainty == "attributed" for e in told)
    assert all(e.claim.attributed_to.split()[-1] in ("Hollis", "Berg") for e in told)


@pytest.mark.parametrize(
    "text",
    [
        "Coalition jets will keep striking Daesh convoys wherever they are found.",
        "Iraqi troops attacked the militants in Anbar wherever they were found.",
    ],
)
def test_a_where_clause_at_the_end_is_no_one_saying_so(text: str) -> None:
    facts = [*extract(text, PUBLISHED).events, *extract(text, PUBLISHED).relations]
    assert facts and all(f.claim.certainty != "attributed" for f in facts)


def test_a_title_set_off_after_a_place_is_its_own_speaker(actor_kb: Any) -> None:
    """ "... fighters there from the Islamic State, the Pentagon press secretary said": the
    title is the speaker's whole name; the group the parser hangs it on says nothing."""
    text = (
        "Coalition jets struck Kobani again because of the many fighters there from the Islamic State, "
        "the Pentagon press secretary said today."
    )
    told = [e for e in extract(text, PUBLISHED).events if e.type == "ASSAULT"]
    assert told and all(e.claim.certainty == "attributed" for e in told)
    assert all(
        actor_kb.top_of(e.claim.attributed_to) != "ISIS" for e in told if e.claim.attributed_to
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Pentagon will keep backing the SDF in their campaign against ISIL, Pentagon Press Secretary Carl Dobbs said on Monday.",
        "U.S. jets struck an oil depot held by the Islamic State near Deir ez-Zor, Pentagon spokeswoman Dana Whitfield told reporters.",
        "American drones hit a convoy of Daesh fighters west of Mosul, Pentagon spokesman Jeff Lorne said.",
    ],
)
def test_a_titled_speaker_speaks_for_the_body_in_the_title_not_the_group_before(
    actor_kb: Any, text: str
) -> None:
    """The parser may hang the group named last in the claim on the speaker's name; the
    speaker's title says whom the speaker speaks for."""
    claimants = _claimants(text)
    assert claimants and {actor_kb.top_of(c) for c in claimants} == {actor_kb.top_of("USA_DOD")}


def test_a_title_naming_only_a_class_leaves_the_speakers_own_name() -> None:
    text = "Rebels shelled an army post near Hama overnight, rebel commander Omar Haddad said on Sunday."
    claimants = _claimants(text)
    assert claimants and all(not c.startswith("GEN_") for c in claimants)
