"""An act noun made of a verb's -ing form takes the verb's object with "of": "the
regime's bombing of civilians" harmed civilians, not whoever else the article names."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2019, 11, 5)


def first_act(text: str, kind: str = "ASSAULT"):
    from frontwatch.pipeline import process_texts

    events = process_texts([text], dates=[PUBLISHED])[0].events
    return next(e for e in events if e.type == kind)


@pytest.mark.parametrize(
    ("text", "doer", "victims"),
    [
        (
            "Washington condemned the regime's relentless bombing of civilians in Idlib.",
            "SYR",
            "GEN_CIVILIANS",
        ),
        (
            "Rights groups documented the shelling of civilians in eastern Aleppo last week.",
            "",
            "GEN_CIVILIANS",
        ),
        (
            "The coalition's bombing of Islamic State positions near Raqqa intensified on Sunday.",
            "",
            "ISIS",
        ),
        (
            "Government forces stepped up their shelling of rebel fighters in Homs.",
            "",
            "GEN_REBELS",
        ),
    ],
)
def test_an_ing_act_noun_takes_its_object_with_of(text, doer, victims):
    from frontwatch.kb.actors import load_actor_kb

    act = first_act(text)
    assert act.target_actor == victims
    if doer:
        assert load_actor_kb().top_of(act.source_actor) == doer


def test_an_act_noun_not_made_of_a_verb_leaves_of_alone():
    act = first_act("The offensive of the Syrian army against rebels in Hama stalled on Monday.")
    assert act.target_actor != "SYR_MIL"
