"""How sure a claim is, by family (twenty-fourth session):

- whom a side says its own act aims at, named by its word for the enemy, is an interested
  party's word: the tie is hedged ("despite Russia's claims to be targeting terrorists", "said
  it was targeting terrorist groups", "described its strikes as targeting extremists"); a deed
  told as done ("said it targeted depots"), a side named ("saying it was targeting a Shiite
  militia") or another's word ("activists said Russian jets were targeting ...") is not;
- a claim the text disputes ("contrary to the army's claims that ...", "despite government
  claims that ...") is hedged;
- an attempt told as made ("attempted to regain T", "tried to reinforce T") is an assault or
  a move made, the change of hands still an aim; "may attempt to", "will try to" stay aims;
- a tie in what a side goes on with ("will continue to stand with X in their mission to
  defeat Y") holds now; not in a new or planned mission, nor under a condition;
- a side named by its enemy ("the coalition against ISIS") fights it whatever the clause
  asks of that side (extract/claimedtargets.py, tieclaims.named_by_its_enemy,
  tieclaims.attempt_told, tieclaims.goes_on, cues.yaml ``claimed_target_verbs``, ``enemy_label_words``, ``self_claim_words``,
  ``own_side_pronouns``, ``disputing_preps``, ``enemy_naming_preps``, ``attempt_verbs``)."""

from __future__ import annotations

import pytest
from extracted import extract

PLAIN = ("asserted", "attributed")


def fights_labels(text: str, enemy: str) -> list[str]:
    """The certainty of every fights tie with ``enemy`` the text gives."""
    return [
        r.claim.certainty
        for r in extract(text).relations
        if r.kind == "fights" and enemy in (r.source_actor, r.target_actor)
    ]


def event_labels(text: str, kind: str) -> list[str]:
    return [e.claim.certainty for e in extract(text).events if e.type == kind]


def control_labels(text: str) -> list[str]:
    return [c.claim.certainty for c in extract(text).control_changes if c.kind == "capture"]


CLAIMED_TARGETS = [
    (
        "Despite Russia's claims to be targeting terrorists, its jets have mostly struck rebel groups.",
        "GEN_TERRORISTS",
    ),
    ("Russia says its air force is targeting terrorists in Idlib.", "GEN_TERRORISTS"),
    ("The Syrian army said it was targeting terrorist groups near Hama.", "GEN_TERRORISTS"),
    ("Moscow described its air strikes as targeting extremists near Palmyra.", "GEN_JIHADISTS"),
]
TARGETS_TOLD = [
    ("Activists said Russian jets were targeting rebel positions near Idlib.", "GEN_REBELS"),
    (
        "The U.S. military said it targeted weapons depots of the militia near Albu Kamal.",
        "GEN_MILITIAS",
    ),
    ("Russian jets targeted rebel positions near Idlib on Monday, the monitor said.", "GEN_REBELS"),
    (
        "The Islamic State claimed the bombing in Baghdad, saying it was targeting a Shiite militia.",
        "GEN_SHIITE_MILITIAS",
    ),
]


@pytest.mark.parametrize(("text", "enemy"), CLAIMED_TARGETS)
def test_whom_a_side_says_it_targets_by_its_word_for_the_enemy_is_no_plain_tie(
    text: str, enemy: str
) -> None:
    found = fights_labels(text, enemy)
    assert found, text
    assert set(found) == {"hedged"}, found


def test_the_strike_a_side_claims_a_target_for_keeps_its_own_certainty() -> None:
    found = event_labels("Russia says its air force is targeting terrorists in Idlib.", "ASSAULT")
    assert found == ["attributed"], found


DISPUTED = [
    (
        "Contrary to the army's claims that it had shelled only militants near Douma, the shells hit a school.",
        "shelled",
    ),
    (
        "Despite government claims that its troops had stormed Saraqeb, rebels still held the town.",
        "stormed",
    ),
    (
        "In spite of the rebels' claims that they had shelled the airbase near Hama, it was quiet on Monday.",
        "shelled",
    ),
]
NOT_DISPUTED = [
    ("Despite the army's claims, rebels shelled the airbase near Hama on Monday.", "shelled"),
    ("Despite heavy losses, government troops stormed Saraqeb on Monday.", "stormed"),
    (
        "Contrary to the army's claims that it had shelled only militants near Douma, the shells hit a school.",
        "hit",
    ),
]


def trigger_labels(text: str, trigger: str) -> list[str]:
    return [e.claim.certainty for e in extract(text).events if e.trigger == trigger]


@pytest.mark.parametrize(("text", "trigger"), DISPUTED)
def test_a_claim_the_text_disputes_is_hedged(text: str, trigger: str) -> None:
    assert trigger_labels(text, trigger) == ["hedged"], text


@pytest.mark.parametrize(("text", "trigger"), NOT_DISPUTED)
def test_a_deed_beside_a_disputed_claim_stays_plain(text: str, trigger: str) -> None:
    found = trigger_labels(text, trigger)
    assert found, text
    assert set(found) <= set(PLAIN), found


ATTEMPTS_MADE = [
    ("Government troops tried to storm the rebel-held town of Daraya on Tuesday.", "ASSAULT"),
    (
        "Kurdish fighters have attempted to retake the village of Tal Hamis from the Islamic State.",
        "ASSAULT",
    ),
    ("In March the Iraqi army secured Ramadi and attempted to regain Fallujah.", "ASSAULT"),
    ("Turkish troops tried to reinforce their observation posts near Saraqeb.", "MOBILIZE"),
    (
        "Turkish military forces attempted to reinforce rebel positions near the airport.",
        "MOBILIZE",
    ),
]
ATTEMPTS_TO_COME = [
    ("The army may attempt to retake Fallujah next month.", "ASSAULT"),
    ("Iraqi forces will try to retake Mosul later this year.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "kind"), ATTEMPTS_MADE)
def test_an_attempt_made_is_an_act_made(text: str, kind: str) -> None:
    found = event_labels(text, kind)
    assert found, text
    assert set(found) <= set(PLAIN), found


def test_an_attempted_capture_still_changes_no_hands() -> None:
    found = control_labels(
        "Kurdish fighters have attempted to retake the village of Tal Hamis from the Islamic State."
    )
    assert found == ["hypothetical"], found


@pytest.mark.parametrize(("text", "kind"), ATTEMPTS_TO_COME)
def test_an_attempt_still_to_come_is_no_act(text: str, kind: str) -> None:
    found = event_labels(text, kind)
    assert found, text
    assert not set(found) & set(PLAIN), found


NAMED_BY_ENEMY = [
    (
        "The Kurdish militia called for the international coalition against the Islamic State to support the offensive.",
        "ISIS",
    ),
    ("Rebel commanders urged the coalition against ISIS to send more aircraft.", "ISIS"),
    ("The SDF asked the coalition against ISIS to provide more air support.", "ISIS"),
]


GOING_ON = [
    (
        "The coalition will continue to stand side by side with the Iraqi forces in their mission to defeat ISIS.",
        "ISIS",
    ),
    (
        "The United States will continue to work with the Iraqi government to defeat the Islamic State.",
        "ISIS",
    ),
    (
        "Turkey would continue to back the rebels in their fight against the Syrian government.",
        "SYR_GOV",
    ),
]
NOT_GOING_ON = [
    ("The rebels may ask Turkey to attack the Kurdish militia.", "GEN_KURDISH_FORCES"),
    ("The coalition will stand with the Iraqi forces in a new mission to defeat ISIS.", "ISIS"),
    ("The coalition will continue to plan a mission to defeat ISIS.", "ISIS"),
]


def test_a_condition_under_a_going_on_stays_a_condition() -> None:
    found = event_labels(
        "Turkey will continue to patrol the border if the Kurdish militia attacks Afrin.", "ASSAULT"
    )
    assert found == ["hypothetical"], found


@pytest.mark.parametrize(("text", "enemy"), TARGETS_TOLD + NAMED_BY_ENEMY + GOING_ON)
def test_a_tie_told_named_or_gone_on_with_is_plain(text: str, enemy: str) -> None:
    """A target told as done, named or told by another; a side named by its enemy, whatever
    is asked of it; a tie in what a side goes on with."""
    found = fights_labels(text, enemy)
    assert found, text
    assert set(found) <= set(PLAIN), found


@pytest.mark.parametrize(("text", "enemy"), NOT_GOING_ON)
def test_a_tie_only_asked_for_new_or_planned_stays_an_aim(text: str, enemy: str) -> None:
    found = fights_labels(text, enemy)
    assert found, text
    assert not set(found) & set(PLAIN), found
