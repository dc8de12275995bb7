"""A doc's sentences and entities are made once and made again when they change
(nlp/docspans.py)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from frontwatch.nlp.docspans import entities, sentences

TEXT = (
    "Rebels shelled Aleppo on Monday. The ministry in Damascus said two soldiers died.\n\n"
    "Turkey sent more troops to Idlib, officials said."
)


def test_the_same_spans_as_spacy_made_once(engine):
    doc = engine.parse([TEXT])[0]
    assert [(s.start, s.end) for s in sentences(doc)] == [(s.start, s.end) for s in doc.sents]
    spacy_ents = [(e.start, e.end, e.label_, e.ent_id_) for e in doc.ents]
    assert [(e.start, e.end, e.label_, e.ent_id_) for e in entities(doc)] == spacy_ents
    assert sentences(doc) is sentences(doc) and entities(doc) is entities(doc)


def test_changed_entities_and_sentence_starts_are_read_afresh(engine):
    doc = engine.parse([TEXT])[0]
    before = entities(doc)
    doc.ents = [Span(doc, 0, 1, label="NORP")]
    assert [(e.start, e.end, e.label_) for e in entities(doc)] == [(0, 1, "NORP")]
    assert entities(doc) != before


def test_moved_sentence_starts_are_read_afresh(engine):
    vocab = engine.parse([TEXT])[0].vocab  # spaCy lets only an unparsed doc move its starts
    words = ["Troops", "advanced", ".", "Rebels", "fled", "north", "."]
    doc = Doc(vocab, words=words, sent_starts=[True, False, False, False, False, False, False])
    assert [(s.start, s.end) for s in sentences(doc)] == [(0, 7)]
    doc[3].is_sent_start = True
    assert [(s.start, s.end) for s in sentences(doc)] == [(0, 3), (3, 7)]
