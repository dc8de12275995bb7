"""Targets named by an act's purpose or by the leader it took.

"invaded the region to push out Kurdish fighters", "began an offensive to dislodge X",
"shelled the village in order to expel the rebels": a hostile act with no target of its own
is aimed at whom its purpose clause sets out to oust or defeat (extract/aimedenemies.py,
``purpose_enemy_verbs`` and ``purpose_enemy_types`` in events.yaml); aid or a deployment
"to help X defeat Y" or "to protect its residents" is aimed at no one. An arrest or capture
of a side's commander is aimed at the side, as a strike on him is (extract/leadervictims.py,
``leader_target_types``). The side is named in the sentence, so the target keeps its words.
Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.extracted import one_event

PUBLISHED = dt.date(2019, 11, 20)


def _one(events_found: Any, text: str, trigger: str) -> Any:
    return one_event(events_found, text, trigger, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "trigger", "top", "words"),
    [
        (
            "Turkey invaded northern Syria last month to push out Kurdish fighters it calls terrorists.",
            "invaded",
            "PYD",  # Kurdish fighters in Syria in 2019: the YPG
            "Kurdish fighters",
        ),
        (
            "Government forces began an offensive on Monday to dislodge Islamic State fighters from the hills.",
            "offensive",
            "ISIS",
            "Islamic State fighters",
        ),
        (
            "Syrian troops shelled the village overnight in order to expel the rebels, state media said.",
            "shelled",
            "GEN_REBELS",
            "the rebels",
        ),
    ],
)
def test_the_enemy_a_purpose_sets_out_to_oust_is_the_target(
    events_found: Any, actor_kb: Any, text: str, trigger: str, top: str, words: str
) -> None:
    event = _one(events_found, text, trigger)
    assert actor_kb.top_of(event.target_actor) == top
    assert event.target_text == words


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The United States sent advisers to help Iraqi troops defeat the Islamic State.", "sent"),
        ("The army sent reinforcements to the town to protect its residents.", "sent"),
    ],
)
def test_help_or_protection_names_no_enemy(events_found: Any, text: str, trigger: str) -> None:
    assert _one(events_found, text, trigger).target_actor == ""


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("The SDF arrested the commander of the Manbij Military Council on Sunday.", "arrested", "MANBIJ_MILITARY_COUNCIL"),
        ("Turkish troops captured two field commanders of the YPG west of Tal Abyad.", "captured", "YPG"),
    ],
)
def test_taking_a_sides_commander_is_aimed_at_the_side(
    events_found: Any, text: str, trigger: str, target: str
) -> None:
    event = _one(events_found, text, trigger)
    assert (event.type, event.target_actor) == ("COERCE", target)
    assert event.target_text


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        (
            (
                "Baghdad condemned an American drone strike near the airport that officials said"
                " killed a senior commander of Kataib Hezbollah."
            ),
            "strike",
            "KATAIB_HEZBOLLAH",
        ),
        ("Turkey criticized a U.S. airstrike in Idlib that killed a leader of the Nusra Front.", "airstrike", "JABHAT_AL_NUSRA"),
    ],
)
def test_the_side_of_the_leader_named_beats_a_side_guessed_from_the_article(
    events_found: Any, text: str, trigger: str, target: str
) -> None:
    # the one who condemns the strike is no side it hit
    event = _one(events_found, text, trigger)
    assert (event.target_actor, bool(event.target_text)) == (target, True)
