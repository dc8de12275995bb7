"""The verbs of putting an armed side out of its ground ("ousted", "dislodged", "drove out",
"flushed out", "pushed ... out"): an armed act of the side that does it, in every tense and in
the passive; a leader ousted or people evicted is none (``events.yaml``, ``needs_object:
armed_side``; extract/triggerobjects.py). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import extract

PUBLISHED = dt.date(2018, 3, 20)


def _assaults(text: str) -> list[tuple[str, str, str, str]]:
    return [
        (e.source_actor, e.target_actor, e.place_text, e.claim.certainty)
        for e in extract(text, PUBLISHED).events
        if e.type == "ASSAULT"
    ]


@pytest.mark.parametrize(
    ("text", "doer", "target", "place"),
    [
        ("Kurdish fighters ousted Islamic State militants from the town of Tal Abyad on Sunday.", "YPG", "ISIS", "Tal Abyad"),
        ("The army dislodged the rebels from Yabroud after a week of fighting.", "SYR_MIL", "GEN_REBELS", "Yabroud"),
        ("Government troops drove out the insurgents from the village of Kafr Nabl, residents said.", "SYR_MIL", "GEN_INSURGENTS", "Kafr Nabl"),
        ("Islamic State fighters were flushed out of Manbij by the Syrian Democratic Forces.", "SDF", "ISIS", "Manbij"),
        ("Iraqi forces pushed the militants out of Ramadi last month.", "IRQ_MIL", "GEN_MILITANTS", "Ramadi"),
    ],
)
def test_putting_an_armed_side_out_of_a_place_is_an_assault(text, doer, target, place) -> None:
    found = _assaults(text)
    assert any(d == doer and t == target and p == place for d, t, p, _ in found), found


def test_an_armed_side_driven_out_with_no_place_is_still_an_assault() -> None:
    found = _assaults("Troops also drove out militants with local support, state television reported.")
    assert any(t == "GEN_MILITANTS" and c == "attributed" for _, t, _, c in found), found


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        ("Hezbollah fighters have been unable to dislodge the rebels from Qusair.", "negated"),
        ("Turkey vowed to oust the Kurdish militia from the border town of Tal Rifaat.", "hypothetical"),
    ],
)
def test_an_ousting_not_done_is_no_fact(text, certainty) -> None:
    found = [f for f in _assaults(text) if f[1] in ("GEN_REBELS", "GEN_KURDISH_FORCES")]
    assert found and all(c == certainty for *_, c in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Protesters ousted the provincial governor of Basra on Monday.",
        "The landlord evicted dozens of families from the building in Aleppo.",
        "The parliament voted to oust the speaker after a week of wrangling in Baghdad.",
    ],
)
def test_a_leader_ousted_or_people_evicted_is_no_armed_act(text) -> None:
    assert not _assaults(text), _assaults(text)


@pytest.mark.parametrize(
    ("text", "doer", "place"),
    [
        ("Al-Shabab held the district for years. On Monday Somali troops drove the group out of Bulo Burde.", "SOM_MIL", "Bulo Burde"),
        ("Islamic State overran much of Anbar in 2014. Last year Iraqi forces dislodged the group from the town of Rutba.", "IRQ_MIL", "Rutba"),
    ],
)
def test_a_side_named_before_by_its_class_noun_is_put_out(text, doer, place) -> None:
    found = _assaults(text)
    assert any(d == doer and p == place for d, _, p, _ in found), found
