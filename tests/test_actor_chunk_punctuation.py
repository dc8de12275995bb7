"""A noun chunk is read from after its last free-standing punctuation mark."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.records import Article


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("DAMASCUS (AFP) - Russian jets pounded rebel districts on Monday.", "Russian jets"),
        ("A statement - pro-government militias said - was read out.", "pro-government militias"),
        ("The strikes, Syrian opposition activists said, hit a school.", "Syrian opposition activists"),
    ],
)
def test_the_mention_starts_after_the_mark(engine, text, phrase):
    article = Article(id="chunk-test", text=text, published=dt.date(2017, 3, 2))
    doc = engine.parse([text])[0]
    mentions = engine.actor_kb.resolve_doc(doc, article=article)
    assert (phrase, text.index(phrase)) in [(m.text, m.start) for m in mentions]


def test_a_hyphen_inside_a_word_does_not_cut_the_chunk(engine):
    text = "Turkish-backed fighters shelled the town."
    article = Article(id="chunk-test", text=text, published=dt.date(2017, 3, 2))
    mentions = engine.actor_kb.resolve_doc(engine.parse([text])[0], article=article)
    assert mentions and mentions[0].start == 0
