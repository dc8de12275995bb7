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


@pytest.mark.parametrize(
    ("text", "shooter"),
    [
        ("Residents fled the town under the relentless shelling of the Syrian army.", "SYR_MIL"),
        (
            "Dozens of homes were flattened by the bombing of Russian warplanes over Idlib.",
            "RUS_AIRFORCE",
        ),
        ("The villagers blamed the shelling of Turkish troops near Afrin for the fire.", "TUR_MIL"),
    ],
)
def test_an_armed_side_after_of_with_no_other_doer_is_no_target(text, shooter):
    """With no possessive or "by X", "the shelling of the army" may name who shells."""
    act = first_act(text)
    assert act.target_actor != shooter


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        (
            "Monitors reported the kidnapping of aid workers near Raqqa on Friday.",
            "GEN_AID_WORKERS",
        ),
        (
            "The monitor documented the bombing of civilians sheltering in a school near Hama.",
            "GEN_CIVILIANS",
        ),
    ],
)
def test_unarmed_victims_after_of_stay_the_target(text, victims):
    act = first_act(text)
    assert act.target_actor == victims
