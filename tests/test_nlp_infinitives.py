"""An infinitive the tagger read as an adjective ("fought for days to clear T") is read
as the verb it is: the clearing of T is an aim, not a deed and not nothing. Phrasings
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.tokens import Doc

from frontwatch.nlp.infinitives import retag_infinitive_adjectives
from frontwatch.pipeline import process_texts

PUBLISHED = dt.date(2017, 3, 10)


def _doc(words: list[str], tags: list[str], deps: list[str], heads: list[int]) -> Doc:
    # a blank English vocabulary: its words know their lower-case forms
    return Doc(spacy.blank("en").vocab, words=words, tags=tags, deps=deps, heads=heads)


def test_an_adjective_with_to_and_an_object_becomes_a_base_verb():
    doc = _doc(
        ["Troops", "fought", "to", "clear", "Hajin", "."],
        ["NNS", "VBD", "TO", "JJ", "NNP", "."],
        ["nsubj", "ROOT", "aux", "advcl", "dobj", "punct"],
        [1, 1, 3, 1, 3, 1],
    )
    assert retag_infinitive_adjectives(doc)[3].tag_ == "VB"


@pytest.mark.parametrize(
    ("words", "tags", "deps", "heads"),
    [
        # "to" but no object: "the road is clear to traffic" style adjectives stay
        (
            ["It", "is", "clear", "to", "us", "."],
            ["PRP", "VBZ", "JJ", "IN", "PRP", "."],
            ["nsubj", "ROOT", "acomp", "prep", "pobj", "punct"],
            [1, 1, 1, 2, 3, 1],
        ),
        # an object but no infinitive marker
        (["a", "clear", "road"], ["DT", "JJ", "NN"], ["det", "amod", "ROOT"], [2, 2, 2]),
    ],
)
def test_an_adjective_without_both_stays_an_adjective(words, tags, deps, heads):
    doc = _doc(words, tags, deps, heads)
    assert [t.tag_ for t in retag_infinitive_adjectives(doc)] == tags


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Government troops fought for days to clear Hajin of militants.", "Hajin"),
        ("Iraqi soldiers battled for a week to clear Baiji of jihadists.", "Baiji"),
        ("The rebels worked all week to clear Atarib of regime soldiers.", "Atarib"),
        ("Kurdish forces began an operation to clear Hasakah of militants.", "Hasakah"),
        ("The army launched an offensive to clear Hajin.", "Hajin"),
    ],
)
def test_an_effort_to_clear_a_town_is_an_aimed_capture(text, place):
    result = process_texts([text], dates=[PUBLISHED])[0]
    changes = [c for c in result.control_changes if c.place_text == place]
    assert changes, "the aimed clearing is stored"
    assert all(c.claim.certainty == "hypothetical" for c in changes)


@pytest.mark.parametrize(
    "text",
    [
        "Government troops fought for days to clear Hajin of militants.",
        "Iraqi soldiers battled for a week to clear Baiji of jihadists.",
    ],
)
def test_the_fighting_of_the_effort_stays_a_fact(text):
    result = process_texts([text], dates=[PUBLISHED])[0]
    assert any(e.type == "ASSAULT" and e.claim.certainty == "asserted" for e in result.events)
