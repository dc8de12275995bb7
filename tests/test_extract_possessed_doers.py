"""Doers named by a possessive pronoun on the doer's own noun (extract/possessors.py
``possessed_doer``): "the army said its jets bombed", "the Houthis said their drones hit",
"warplanes stepped up their raids on X". The pronoun stands for the nearest side named
before it as a subject whose clause the act hangs under; an object named before, a
coordinated clause ("attacked the base and its defenders fired") and a defender of the act
("repelled their attack") are never taken. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import one_event

PUBLISHED = dt.date(2019, 6, 1)


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("The Turkish army said its artillery shelled YPG positions near Tal Rifaat.", "shelled", "TUR_MIL"),
        ("The Houthis said on Monday that their drones hit a Saudi oil facility in Abqaiq.", "hit", "HOUTHIS"),
        ("The Israeli army said its tanks shelled Hamas positions east of Rafah.", "shelled", "ISR_MIL"),
        ("The coalition said its aircraft struck Islamic State fighters near Hajin.", "struck", "US_COALITION"),
    ],
)
def test_a_speaker_s_own_arms_are_the_speaker_s(
    text: str, trigger: str, doer: str, events_found: Any
) -> None:
    assert one_event(events_found, text, trigger, PUBLISHED).source_actor == doer


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("Russian bombers increased the tempo of their raids on rebel villages near Khan Shaykhun.", "raids", "RUS_AIRFORCE"),
        ("U.S. warplanes stepped up the intensity of their bombing of Islamic State positions near Hawija.", "bombing", "USA_AIRFORCE"),
        ("Russian warplanes raised the rate of their air raids on rebel towns in northern Hama.", "raids", "RUS_AIRFORCE"),
    ],
)
def test_a_doer_s_own_acts_are_the_doer_s(
    text: str, trigger: str, doer: str, events_found: Any
) -> None:
    assert one_event(events_found, text, trigger, PUBLISHED).source_actor == doer


def test_a_pronoun_across_a_coordinated_clause_is_not_the_subject_s(events_found: Any) -> None:
    text = "Islamic State fighters attacked the base and its defenders fired back at the militants."
    assert one_event(events_found, text, "fired", PUBLISHED).source_actor != "ISIS"


def test_a_defender_does_not_do_the_attack_it_repels(events_found: Any) -> None:
    text = "The Kurdish fighters repelled their attack on the town overnight."
    event = one_event(events_found, text, "attack", PUBLISHED)
    assert event.source_actor != event.target_actor
    assert event.target_actor == "GEN_KURDISH_FORCES"


@pytest.mark.parametrize(
    ("text", "trigger", "not_doer"),
    [
        ("The U.S. military said its forces opened fire on Houthi gunmen after they attacked a cargo ship.", "attacked", "USA_MIL"),
        ("Turkish troops opened fire on PKK militants after they attacked a border post near Cizre.", "attacked", "TUR_MIL"),
        ("Israeli soldiers fired at Hamas gunmen after they attacked a border fence near Gaza.", "attacked", "ISR_MIL"),
    ],
)
def test_a_pronoun_either_side_may_be_takes_no_other_act_s_sides(
    text: str, trigger: str, not_doer: str, events_found: Any
) -> None:
    """ "X opened fire on Y after they attacked T": "they" may be X or Y, so the act keeps
    no sides rather than the answering act's (extract/pronoundoers.py told_by_a_pronoun)."""
    found = [e for e in events_found(text, PUBLISHED) if e.trigger == trigger]
    assert all(e.source_actor != not_doer for e in found), [(e.source_actor, e.target_actor) for e in found]
