"""Ethnic and religious communities resolve to typed generic identity actors; the same
words in front of an armed noun name the armed actor instead."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.pipeline import article_from_text


@pytest.mark.parametrize(
    ("text", "label", "actor_id"),
    [
        ("Kurdish", "NORP", "GEN_KURDS"),
        ("Kurds", "NORP", "GEN_KURDS"),
        ("Arab", "NORP", "GEN_ARABS"),
        ("Shiite", "NORP", "GEN_SHIA"),
        ("Sunni", "NORP", "GEN_SUNNI"),
        ("Alawite", "PERSON", "GEN_ALAWITES"),
        ("Christians", "NORP", "GEN_CHRISTIANS"),
        ("Assyrian", "NORP", "GEN_ASSYRIANS"),
        ("Druze", "NORP", "GEN_DRUZE"),
        ("Yazidis", "NORP", "GEN_YAZIDIS"),
        ("Turkmen", "NORP", "GEN_TURKMEN"),
        ("Western", "NORP", "GEN_WESTERN_STATES"),
        ("the Alawite community", "ACTOR", "GEN_ALAWITES"),
    ],
)
def test_identity_words_resolve_to_generic_communities(actor_kb, text, label, actor_id):
    match = actor_kb.resolve(text, label=label)
    assert (match.actor_id, match.method) == (actor_id, "generic")
    assert actor_kb.get(actor_id).type == "generic"


@pytest.mark.parametrize(
    ("text", "actor_id"),
    [
        ("Kurdish fighters", "GEN_KURDISH_FORCES"),
        ("Kurdish militia", "GEN_KURDISH_FORCES"),
        ("at least 10 Kurdish fighters", "GEN_KURDISH_FORCES"),
        ("several dozen Kurdish forces", "GEN_KURDISH_FORCES"),
        ("Shiite fighters", "GEN_SHIITE_MILITIAS"),
        ("Takfiri terrorists", "GEN_TERRORISTS"),
    ],
)
def test_identity_words_before_an_armed_noun_name_the_armed_class(actor_kb, text, actor_id):
    assert actor_kb.resolve(text).actor_id == actor_id


def _found(actor_kb, actor_nlp, text, published):
    article = article_from_text(text, published=published)
    return {m.text: m for m in actor_kb.resolve_doc(actor_nlp(text), article=article)}


def test_communities_in_a_sentence_are_never_left_unresolved(actor_kb, actor_nlp):
    text = (
        "The convoy carried civilians out of the two Shiite villages, while Kurds and Arabs "
        "in Hasakeh feared a new round of fighting, Christian leaders said."
    )
    found = _found(actor_kb, actor_nlp, text, dt.date(2016, 8, 1))
    assert not [m.text for m in found.values() if m.resolution == "unresolved"]
    ids = {m.actor_id for m in found.values()}
    assert {"GEN_SHIA", "GEN_CHRISTIANS"} <= ids


@pytest.mark.parametrize(
    ("published", "actor_id"),
    [
        (dt.date(2015, 1, 20), "YPG"),
        (dt.date(2017, 6, 1), "YPG"),
        (dt.date(2011, 6, 1), "GEN_KURDISH_FORCES"),
        (None, "GEN_KURDISH_FORCES"),
    ],
)
def test_syrian_kurdish_fighters_are_the_ypg_once_it_exists(
    actor_kb, actor_nlp, published, actor_id
):
    text = (
        "Kurdish fighters repelled an attack on the outskirts of Kobani, the Syrian "
        "Observatory said. Syrian government jets were not seen over the area."
    )
    found = _found(actor_kb, actor_nlp, text, published)
    assert found["Kurdish fighters"].actor_id == actor_id


def test_us_backed_kurdish_forces_are_the_sdf_once_it_is_founded(actor_kb, actor_nlp):
    text = "US-backed Kurdish forces advanced on Raqqa from the north, the Syrian Observatory said."
    before = _found(actor_kb, actor_nlp, text, dt.date(2015, 6, 1))["US-backed Kurdish forces"]
    after = _found(actor_kb, actor_nlp, text, dt.date(2016, 11, 6))["US-backed Kurdish forces"]
    assert before.actor_id == "GEN_KURDISH_FORCES"
    # in Syria only (the refinement is kept to the state: in_state SYR, noted as refined_in)
    assert after.actor_id == "SDF" and "backed_by:USA" in after.note.split(";")


def test_the_kurdish_administration_is_the_aanes(actor_kb):
    assert actor_kb.resolve("the Kurdish administration").actor_id == "AANES"


def test_iraqi_kurdish_forces_are_the_peshmerga(actor_kb, actor_nlp):
    text = (
        "Kurdish forces pushed towards Sinjar on Friday, the Iraqi government said, "
        "as Iraqi troops advanced on Mosul from the south."
    )
    found = _found(actor_kb, actor_nlp, text, dt.date(2015, 11, 13))
    assert found["Kurdish forces"].actor_id == "PESHMERGA"
