"""Deeds and states the sentence leaves over, unfinished or unconfirmed: "no longer holds T"
and "used to control T" (not now), "nearly captured T" (not done), "..., a claim that could
not be verified" and "refused to confirm that ..." (unconfirmed), "disputed the claim that
..." (in doubt), "if confirmed, the capture of T would ..." (a told deed unconfirmed, not an
imagined one), "unclear whether X had taken T" (doubt about the past, not a question of the
future). Through the full pipeline; each class with the near misses that stay as they were."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import extract

PUBLISHED = dt.date(2016, 6, 1)
# the facts a deed gives: the change of hands, the attack or the arming, and the ties
_DEED_EVENTS = ("ASSAULT", "AID")


def _deed_facts(text: str) -> list[Any]:
    result = extract(text, PUBLISHED)
    events = [e for e in result.events if e.type in _DEED_EVENTS]
    return [*result.control_changes, *events]


def _labels(text: str) -> list[str]:
    facts = _deed_facts(text)
    assert facts, text
    return sorted({f.claim.certainty for f in facts})


@pytest.mark.parametrize(
    "text",
    [
        "Rebels no longer hold the district of Bustan al-Qasr.",
        "Islamic State no longer holds the town of Manbij.",
        "Government troops no longer control the Nairab airbase, a monitor said.",
    ],
)
def test_a_state_no_longer_held_is_negated(text: str) -> None:
    assert _labels(text) == ["negated"]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels used to control most of eastern Aleppo.",
        "Islamic State used to hold the town of Tal Abyad.",
        "Before the offensive, Kurdish fighters used to control the Tishrin dam.",
    ],
)
def test_a_state_of_past_habit_is_not_held_now(text: str) -> None:
    assert "asserted" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi forces nearly captured Ramadi last month.",
        "Rebels almost overran the Kuweires airbase in the spring.",
        "Islamic State nearly seized the town of Haditha in 2014.",
    ],
)
def test_a_deed_nearly_done_was_not_done(text: str) -> None:
    assert _labels(text) == ["negated"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Rebels still hold the district of Bustan al-Qasr after a week of shelling.", "asserted"),
        ("Islamic State used mortars to shell the town of Haditha on Monday.", "asserted"),
        ("Nearly 40 soldiers died when Islamic State stormed the base near Haditha.", "asserted"),
        (
            "Kurdish fighters captured the town after rebels had held it for longer than a year.",
            "asserted",
        ),
    ],
)
def test_near_misses_of_lapsed_states_stay_told(text: str, label: str) -> None:
    assert label in _labels(text), [f.claim for f in _deed_facts(text)]
    assert "negated" not in _labels(text), [f.claim for f in _deed_facts(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Activists said rebels had captured the village of Kafr Nabuda, a claim Reuters could not verify.",
        (
            "Rebels said they had shot down a government helicopter near Hama, a claim that could not be "
            "independently verified."
        ),
        (
            "The army said it had driven Islamic State out of Qaryatain, a report that could not be "
            "independently confirmed."
        ),
    ],
)
def test_a_claim_set_off_as_unverified_is_hedged(text: str) -> None:
    assert _labels(text) == ["hedged"]


def test_a_claim_set_off_as_confirmed_stays_the_speakers() -> None:
    text = "Rebels said they had shot down a government helicopter near Hama, a claim the army confirmed."
    assert "hedged" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Officials refused to confirm that Iraqi forces had entered Mosul.",
        "The ministry declined to confirm that its jets had struck the convoy near Aleppo.",
        "Commanders would not confirm that Kurdish fighters had seized the Tabqa dam.",
    ],
)
def test_a_clause_left_unconfirmed_is_hedged(text: str) -> None:
    assert _labels(text) == ["hedged"]


def test_a_clause_confirmed_is_the_confirmers_word() -> None:
    text = "Officials confirmed that Iraqi forces had entered Mosul."
    assert _labels(text) == ["attributed"]


@pytest.mark.parametrize(
    "text",
    [
        "Activists disputed the army's claim that it had captured Daraya.",
        "Kurdish officials questioned reports that Islamic State had entered Kobani.",
        "Residents doubted that the army had retaken the town of Morek.",
    ],
)
def test_a_disputed_claim_is_hedged(text: str) -> None:
    assert _labels(text) == ["hedged"]


def test_a_disputed_toll_leaves_the_attack_told() -> None:
    text = "Rebels stormed the base near Hama on Monday, and activists disputed the death toll."
    assert "hedged" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        (
            "If confirmed, the capture of Raqqa by the Syrian Democratic Forces would mark a major "
            "defeat for Islamic State."
        ),
        (
            "The seizure of the Tabqa dam by Kurdish forces, if verified, would be a major blow to "
            "Islamic State."
        ),
        (
            "If the reports are true, the fall of Ramadi to Islamic State would be the worst setback "
            "for Baghdad this year."
        ),
    ],
)
def test_a_told_deed_if_confirmed_is_unconfirmed_not_imagined(text: str) -> None:
    assert _labels(text) == ["hedged"]


@pytest.mark.parametrize(
    "text",
    [
        "A government capture of Aleppo would mark the biggest victory for Assad in the war.",
        "If the army retakes Palmyra, it would open the road to Deir ez-Zor.",
    ],
)
def test_an_imagined_deed_stays_hypothetical(text: str) -> None:
    assert _labels(text) == ["hypothetical"]


@pytest.mark.parametrize(
    "text",
    [
        "The fall of Sirte to government forces, if confirmed, would end Islamic State's hold on the coast.",
        (
            "If the accounts are accurate, the seizure of Jarablus by Turkish troops would cut a key "
            "supply line."
        ),
    ],
)
def test_a_condition_only_of_truth_hedges_the_told_deed(text: str) -> None:
    """No subject to the verifying verb ("if confirmed"), or the truth word its complement
    ("if the accounts are accurate"): the condition is only that the deed be true."""
    assert _labels(text) == ["hedged"]


@pytest.mark.parametrize(
    "text",
    [
        "If Moscow confirms the agreement, Russian troops would enter Manbij next week.",
        "If Baghdad verifies the pact, Kurdish fighters would withdraw from Sinjar by Sunday.",
        "If the deal is confirmed, Turkish troops would enter Tal Rifaat within days.",
        "If the monitors verify the ceasefire, government forces would pull out of Daraa al-Balad.",
    ],
)
def test_a_confirmation_someone_must_give_leaves_the_deed_imagined(text: str) -> None:
    """Someone confirming a deal (a subject to the verb) is a condition of its own on a
    deed still to come, not doubt about a deed told."""
    assert _labels(text) == ["hypothetical"]


@pytest.mark.parametrize(
    "text",
    [
        "It was unclear whether Islamic State had retaken the town of Hit.",
        "It was not clear whether the Syrian army had taken full control of Deir ez-Zor.",
        "It remained unclear whether Russian aircraft had struck the convoy near Aleppo.",
    ],
)
def test_whether_a_past_deed_was_done_is_doubt(text: str) -> None:
    assert _labels(text) == ["hedged"]


@pytest.mark.parametrize(
    "text",
    [
        "It is unclear whether the army will attack Raqqa this year.",
        "Commanders are debating whether to storm the town of Hit.",
    ],
)
def test_whether_a_deed_will_be_done_stays_hypothetical(text: str) -> None:
    assert _labels(text) == ["hypothetical"]


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            (
                "Iraqi lawmakers question whether the American air raids around Tal Afar are "
                "directed at Islamic State."
            ),
            "hypothetical",
        ),
        (
            (
                "It was not clear whether the American air raids around Tal Afar were directed at "
                "Islamic State."
            ),
            "hedged",
        ),
    ],
)
def test_an_aim_asked_leaves_the_strikes_done_and_the_tie_asked(text: str, tie: str) -> None:
    """What is asked or doubted is the strikes' aim: they took place, the fight they would
    tell is in question (a question of the present, or doubt about the past)."""
    result = extract(text, PUBLISHED)
    strikes = [e for e in result.events if e.type == "ASSAULT"]
    fights = [r for r in result.relations if r.kind == "fights"]
    assert strikes and all(e.claim.certainty == "asserted" for e in strikes), [
        e.claim for e in strikes
    ]
    assert fights and all(r.claim.certainty == tie for r in fights), [r.claim for r in fights]


@pytest.mark.parametrize(
    "text",
    [
        "Evidence suggests that Iran supplied the drones to the Houthis.",
        "Satellite images suggest Russian jets bombed the hospital in Idlib.",
        "Officials hinted that Kurdish fighters had entered Manbij.",
    ],
)
def test_a_clause_suggested_is_hedged(text: str) -> None:
    assert _labels(text) == ["hedged"]


def test_a_suggested_step_leaves_a_deed_beside_it_told() -> None:
    text = "The envoy suggested that the talks resume, and rebels stormed the base near Hama the next day."
    assert _labels(text) == ["asserted"]


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State, long believed to be weakened, seized the town of Qaryatain.",
        "Rebels, thought to be exhausted after months of siege, stormed the airbase near Hama.",
    ],
)
def test_a_state_believed_of_the_doer_leaves_the_deed_told(text: str) -> None:
    assert _labels(text) == ["asserted"]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen believed to be from Islamic State attacked a checkpoint near Tikrit.",
        "Fighters believed to be Hezbollah members attacked rebel positions near Qusair.",
    ],
)
def test_who_the_doer_is_believed_to_be_hedges_the_deed(text: str) -> None:
    assert _labels(text) == ["hedged"]
