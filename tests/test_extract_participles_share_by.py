"""Participles joined by "and" share the "by" the parser hangs on the last one
(extract/sharedagents.py, used by relcues and by kb/actors/phraselinks.py for the backer's
home state), and an adjective tag on a verb joined to another verb with an object is
mended (nlp/infinitives.py). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 5, 1)


def _ties(text: str, relations_found: Any) -> set[tuple[str, str, str]]:
    return {(k, s, t) for k, s, t, _ in relations_found(text, PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("Fighters trained and paid by Iran are guarding the highway near Homs.",
         ("backs", "IRN", "GEN_FIGHTERS")),
        ("Gunmen equipped and paid by Russia were deployed near Donetsk.",
         ("backs", "RUS", "GEN_GUNMEN")),
        ("Insurgents funded and advised by Pakistan attacked the base.",
         ("backs", "PAK", "GEN_INSURGENTS")),
        ("Rebel units vetted, trained and advised by US special forces crossed into the town.",
         ("backs", "USA_MIL", "GEN_REBELS")),
        (("Across the north, rebel brigades supplied and advised by American special forces "
         "advance on Raqqa."), ("backs", "USA_MIL", "GEN_REBELS")),
    ],
)
def test_the_first_participle_takes_the_second_ones_by(
    text: str, tie: tuple[str, str, str], relations_found: Any
) -> None:
    assert tie in _ties(text, relations_found)


def test_a_backer_so_named_is_not_the_state_whose_army_fights(relations_found: Any) -> None:
    found = _ties(
        "Militias trained and paid by Iran are fighting alongside the army near Aleppo.",
        relations_found,
    )
    assert ("allied", "GEN_MILITIAS", "SYR_MIL") in found, found
    assert not any("IRN_MIL" in (s, t) for _, s, t in found), found


def test_a_context_sentence_does_not_lose_the_shared_backer(relations_found: Any) -> None:
    text = (
        "Five years into the war, the north is a patchwork of rival armies, most of them "
        "answering to a patron abroad. In the Aleppo countryside, Free Syrian Army factions "
        "armed and paid by Turkey and Qatar hold a thin strip of land along the border."
    )
    found = _ties(text, relations_found)
    assert {("backs", "TUR", "FSA"), ("backs", "QAT", "FSA")} <= found, found


@pytest.mark.parametrize(
    "text",
    [
        "Turkey trained and armed the rebels near the border.",
        "Turkey trained and armed the rebels, who were later paid by Qatar.",
    ],
)
def test_a_verb_tagged_adjective_beside_a_verb_keeps_its_object(
    text: str, relations_found: Any
) -> None:
    assert ("backs", "TUR", "GEN_REBELS") in _ties(text, relations_found)


def test_only_a_conjunct_adjective_with_an_object_becomes_a_verb() -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from frontwatch.nlp.infinitives import retag_infinitive_adjectives

    words = ["X", "trained", "and", "armed", "Y", ";", "Z", "was", "tired", "and", "armed"]
    tags = ["NNP", "VBD", "CC", "JJ", "NNP", ":", "NNP", "VBD", "JJ", "CC", "JJ"]
    heads = [1, 1, 1, 1, 3, 1, 7, 1, 7, 8, 8]
    deps = ["nsubj", "ROOT", "cc", "conj", "dobj", "punct", "nsubj", "conj", "acomp", "cc", "conj"]
    doc = Doc(Vocab(), words=words, tags=tags, heads=heads, deps=deps)
    retag_infinitive_adjectives(doc)
    assert doc[3].tag_ == "VBD"  # joined to "trained", with its object Y
    assert doc[10].tag_ == "JJ"  # "tired and armed": no object, an adjective still


@pytest.mark.parametrize(
    ("text", "joiner", "joined"),
    [
        ("Iran trained and was joined by Hezbollah in arming the militias.", "HEZBOLLAH", "IRN"),
        ("Turkey trained and was joined by Qatar in arming the rebels.", "QAT", "TUR"),
    ],
)
def test_a_participle_with_its_own_auxiliary_lends_no_by(
    text: str, joiner: str, joined: str, relations_found: Any
) -> None:
    assert ("backs", joiner, joined) not in _ties(text, relations_found)
