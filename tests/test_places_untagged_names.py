"""A name the NER leaves untagged is a town where the words around introduce it as one ("the
towns of X and Y", "villages such as X") or join it to a known place ("the siege of X and
Y"), and the gazetteer knows it by that exact name (kb/places/untagged.py). Not a capitalised
word the gazetteer does not know exactly, nor one with no such cue. Sentences written for
these tests (issue 13: towns missing from the places a text names)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from frontwatch.kb.places.untagged import untagged_name_spans


def _doc(places_nlp, words: list[str], pos: list[str]) -> Doc:
    """A doc with the given words and parts of speech, no entity tagged."""
    doc = Doc(places_nlp.vocab, words=words)
    for tok, tag in zip(doc, pos, strict=True):
        tok.pos_ = tag
    doc.ents = []
    return doc


def _found(gazetteer, doc: Doc) -> list[str]:
    return [span.text for span in untagged_name_spans(gazetteer, doc)]


@pytest.mark.parametrize(
    ("words", "pos", "names"),
    [
        (  # introduced as towns
            ["Troops", "reached", "the", "towns", "of", "Nubl", "and", "Saraqeb", "."],
            ["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "CCONJ", "PROPN", "PUNCT"],
            ["Nubl", "Saraqeb"],
        ),
        (  # introduced by an inclusion
            ["Jets", "hit", "villages", "such", "as", "Hreitan", "overnight", "."],
            ["NOUN", "VERB", "NOUN", "ADJ", "ADP", "PROPN", "ADV", "PUNCT"],
            ["Hreitan"],
        ),
    ],
)
def test_an_untagged_name_introduced_as_a_town_is_read(
    places_nlp, gazetteer, words, pos, names
) -> None:
    assert _found(gazetteer, _doc(places_nlp, words, pos)) == names


def test_an_untagged_name_joined_to_a_known_place_is_read(places_nlp, gazetteer) -> None:
    words = ["The", "long", "Siege", "of", "Nubl", "and", "Aleppo", "ended", "."]
    pos = ["DET", "ADJ", "PROPN", "ADP", "PROPN", "CCONJ", "PROPN", "VERB", "PUNCT"]
    doc = _doc(places_nlp, words, pos)
    doc.ents = [doc.char_span(doc[6].idx, doc[6].idx + len("Aleppo"), label="GPE")]
    assert _found(gazetteer, doc) == ["Nubl"]


@pytest.mark.parametrize(
    ("words", "pos"),
    [
        # no cue: a capitalised name alone
        (["Nubl", "said", "Monday", "that", "Saraqeb", "was", "quiet", "."],
         ["PROPN", "VERB", "PROPN", "SCONJ", "PROPN", "AUX", "ADJ", "PUNCT"]),
        # a cue, but no place of that exact name
        (["Troops", "reached", "the", "towns", "of", "Qwxyzt", "and", "Plomber", "."],
         ["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "CCONJ", "PROPN", "PUNCT"]),
    ],
)
def test_no_place_without_a_cue_or_an_exact_name(places_nlp, gazetteer, words, pos) -> None:
    assert _found(gazetteer, _doc(places_nlp, words, pos)) == []
