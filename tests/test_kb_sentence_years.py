"""The year an undated article's sentence names is read once per sentence, not once per name.

``SentenceYears`` dates the names of a sentence that names a year ("In 2004, ..."); each
sentence's tokens are walked once, however many actor names and noun phrases it holds.
"""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.kb.actors.mentions import SentenceYears

TEXTS = [
    ("In 2004, Iraqi police and American soldiers patrolled the city with Kurdish fighters and local guards. "
    "Militants attacked a checkpoint and the soldiers returned fire. "
    "By 2015 Syrian rebels, Turkish troops and their Arab allies held the crossing."),
    ("Government forces and tribal militias besieged the town in 1998, and rebels and deserters defended it. "
    "Aid workers and journalists left the area."),
    "Kurdish forces, Iraqi troops and coalition aircraft pushed the militants out in 2017 after a long battle.",
]


def _spans(doc):
    return [*doc.ents, *doc.noun_chunks]


@pytest.mark.parametrize("text", TEXTS)
def test_each_sentence_is_read_once_whatever_its_names(engine, text: str) -> None:
    doc = engine.nlp(text)
    years = SentenceYears(doc)
    spans = _spans(doc)
    found = [years.of(span) for span in spans]
    sentences = {(span.sent.start, span.sent.end) for span in spans}
    assert len(spans) > len(sentences)  # several names share a sentence
    assert years.sentences_read == len(sentences)
    # each name gets its own sentence's year, as a walk over that sentence finds it
    for span, year in zip(spans, found, strict=True):
        named = [int(t.text) for t in span.sent if t.ent_type_ == "DATE" and t.text.isdigit()]
        assert year == (dt.date(named[0], 1, 1) if named else None)


def test_years_differ_by_sentence(engine) -> None:
    doc = engine.nlp(TEXTS[0])
    years = SentenceYears(doc)
    by_sentence = {span.sent.start: years.of(span) for span in _spans(doc)}
    assert sorted(by_sentence.values(), key=str) == sorted(
        [dt.date(2004, 1, 1), None, dt.date(2015, 1, 1)], key=str
    )


def test_a_doc_without_sentences_dates_nothing(engine) -> None:
    doc = engine.nlp.make_doc("In 2004 Iraqi police patrolled the city")
    years = SentenceYears(doc)
    assert years.of(doc[2:4]) is None
    assert years.sentences_read == 0
