"""A side the article filled in is no ground for a second guess (extract/opponents.py,
extract/ties.py).

"Russian jets bombed X. Later an aid convoy was struck": the strike's doer is carried from
the article; its target would then be the article's main opponent of that doer, a guess
built on a guess (the convoy is no party). Such a strike, blast or killing keeps its other
side open, and gives no fights tie. A taking of ground or a battle is fought between forces
whoever the article says they are, so "the town was recaptured" still faces the article's
enemy. Articles written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 5, 1)


def _result(text: str) -> Any:
    from frontwatch.pipeline import process_texts

    return process_texts([text], dates=[PUBLISHED])[0]


def _assault(result: Any, trigger: str) -> Any:
    found = [e for e in result.events if e.type == "ASSAULT" and e.trigger == trigger]
    assert len(found) == 1, [(e.trigger, e.source_actor, e.target_actor) for e in result.events]
    return found[0]


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        (
            (
                "Russian warplanes bombed rebel positions in the Aleppo countryside on Monday, "
                "the rebels said. Later that day an aid convoy was struck on the road to Orem, "
                "killing 12 people. The rebels said the convoy carried food and medicine."
            ),
            "struck",
            "RUS_AIRFORCE",
        ),
        (
            (
                "Russian warplanes bombed the outskirts of Aleppo on Monday. Later that day an "
                "aid convoy was struck on the road to Orem, killing 12 people. Jabhat al-Nusra "
                "fighters hold several villages nearby, residents said."
            ),
            "struck",
            "RUS_AIRFORCE",
        ),
        (
            (
                "US warplanes struck the outskirts of Raqqa on Friday. A mosque was hit in the "
                "old city and at least 30 people were killed, activists said. The Islamic State "
                "has ruled Raqqa since 2014, and Islamic State fighters patrol its streets."
            ),
            "hit",  # the act is the mosque hit (its toll the 30 killed), told by "was hit"
            "USA_AIRFORCE",
        ),
    ],
)
def test_a_strike_with_a_carried_doer_gets_no_guessed_target(
    text: str, trigger: str, doer: str
) -> None:
    result = _result(text)
    event = _assault(result, trigger)
    assert (event.source_actor, event.source_text) == (doer, "")
    # no side guessed; a mosque hit is an act on civilians (extract/civiliansites.py)
    assert event.target_actor in ("", "GEN_CIVILIANS")
    assert [r for r in result.relations if r.kind == "fights" and r.trigger == trigger] == []


@pytest.mark.parametrize(
    ("text", "trigger", "sides"),
    [
        (  # a doer its sentence names: the rule leaves it alone
            (
                "US warplanes struck the outskirts of Raqqa on Friday. A mosque was hit in the "
                "old city and at least 30 people were killed, activists said. The Islamic State "
                "has ruled Raqqa since 2014, and Islamic State fighters patrol its streets."
            ),
            "struck",
            ("USA_AIRFORCE", "ISIS"),
        ),
        (  # a taking of ground is fought between forces, whoever took it
            (
                "Syrian government troops advanced on the edge of Daraya on Monday. On Wednesday "
                "the town was recaptured after heavy fighting, state media said. The Free Syrian "
                "Army had held Daraya for four years, and Free Syrian Army commanders admitted "
                "the loss."
            ),
            "recaptured",
            ("SYR_MIL", "FSA"),
        ),
    ],
)
def test_named_doers_and_takings_of_ground_still_face_the_article_enemy(
    text: str, trigger: str, sides: tuple[str, str]
) -> None:
    result = _result(text)
    event = _assault(result, trigger)
    assert (event.source_actor, event.target_actor) == sides
    ties = {(r.source_actor, r.target_actor) for r in result.relations if r.kind == "fights"}
    assert sides in ties
