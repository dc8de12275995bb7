"""The statement's own "we" is found from the doc's word lists (extract/voice.py
``voice_word``): the same tokens, in the same order, as a scan of every Token, and only
those tokens are made. Sentences written for this test."""

from __future__ import annotations

from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.voice import voice_word
from frontwatch.nlp.wordtest import tokens_passing

TEXT = (
    "The Department condemns the attack. We stand with our partners in Iraq, and we will "
    "continue to support them. Our resolve is firm, a spokesman told us. I have nothing to add. "
    "Militants shelled the town; the weather was mild. WE REMAIN COMMITTED, My friends."
)


def test_voice_words_are_the_scanned_ones(engine) -> None:
    words = frozenset(get_lexicon().events["voice"]["own_voice_words"])
    doc = engine.parse([TEXT])[0]
    for span in [*doc.sents, doc[:]]:
        scanned = [t.i for t in span if t.lower_ in words]
        assert [t.i for t in tokens_passing(span, voice_word)] == scanned
    assert len([t for t in doc if t.lower_ in words]) >= 7  # we, our, we, our, us, I, WE, My
    assert len(list(tokens_passing(doc[:], voice_word))) < len(doc) // 4  # only those are made
