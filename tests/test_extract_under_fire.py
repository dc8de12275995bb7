""" "X came under fire from Y": Y attacked X (an event with Y the doer and X the target, and
Y fights X), when Y is an armed side; "came under fire from critics" is blame and a fire
that broke out is no attack. Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.eval.predict import predict_texts


def _found(text):
    return predict_texts([text], dates=[dt.date(2016, 5, 10)], label="test")[0]


# (sentence, the doer, the target)
UNDER_FIRE = [
    (
        "Iraqi troops came under fire from Islamic State fighters near Ramadi on Tuesday.",
        "ISIS",
        "IRQ_MIL",
    ),
    (
        "Syrian army positions came under heavy fire from rebels in Idlib province.",
        "GEN_REBELS",
        "SYR_MIL",
    ),
    ("Kurdish forces came under fire from Turkish troops near Manbij, Syria.", "TUR_MIL", "YPG"),
    (
        "A Somali army convoy came under fire from al-Shabaab militants outside Afgoye.",
        "AL_SHABAAB",
        "SOM_MIL",
    ),
]


@pytest.mark.parametrize(("text", "doer", "target"), UNDER_FIRE)
def test_coming_under_fire_from_a_side_is_its_attack(text, doer, target):
    found = _found(text)
    assert any(
        e.type == "ASSAULT" and e.source_actor == doer and e.target_actor == target
        for e in found.events
    )
    assert any(
        r.kind == "fights" and r.source_actor == doer and r.target_actor == target
        for r in found.relations
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Iraqi prime minister came under fire from lawmakers over the budget in Baghdad.",
        "A fire broke out at the main market in Baghdad on Tuesday.",
        "Syria's health minister came under fire from critics after the hospital closed in Aleppo.",
    ],
)
def test_blame_and_a_blaze_are_no_attack(text):
    assert not any(e.type == "ASSAULT" for e in _found(text).events)


# forms the parser hangs differently: the "from" on the act noun, a relative clause, an act
# faced, taken or drawn, and "were under fire"
UNDER_FIRE_FORMS = [
    ("A Turkish patrol came under fire from YPG fighters near Manbij on Sunday.", "YPG", "TUR"),
    (
        "Coalition jets supported Iraqi units near Fallujah which had come under fire from ISIL.",
        "ISIS",
        "IRQ_MIL",
    ),
    (
        "A Syrian army unit was facing heavy fire from rebel fighters near Hama.",
        "GEN_REBELS",
        "SYR_MIL",
    ),
    ("Somali soldiers were under fire from al-Shabaab militants at the base.", "AL_SHABAAB", "SOM_MIL"),
]


@pytest.mark.parametrize(("text", "doer", "target"), UNDER_FIRE_FORMS)
def test_every_form_of_coming_under_fire_is_the_side_s_attack(text, doer, target):
    found = _found(text)
    assert any(
        e.type == "ASSAULT"
        and e.source_actor == doer
        and (e.target_actor == target or e.target_actor.startswith(target + "_"))
        for e in found.events
    ), [(e.type, e.source_actor, e.target_actor) for e in found.events]


def test_facing_criticism_is_no_attack():
    text = "The Iraqi defence minister was facing heavy fire from lawmakers over the budget."
    assert not any(e.type == "ASSAULT" for e in _found(text).events)
