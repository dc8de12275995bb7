"""tokens_passing gives the tokens a per-token test would, reading word ids (nlp/wordtest.py)."""

from __future__ import annotations

from frontwatch.extract.control import cue_test, observed_words
from frontwatch.extract.lexicon import lemma_of
from frontwatch.nlp.wordtest import tokens_passing

TEXT = (
    "Government troops recaptured two villages on Monday after rebels withdrew overnight. "
    "The opposition still holds the northern districts, which fell to the fighters in May. "
    "Residents said the army had seized the hill and raised its flag over the old fort."
)


def _is_verb_word(lower: str, lemma: str) -> bool:
    return lemma in {"recapture", "withdraw", "seize", "raise"} or lower == "fell"


def test_same_tokens_as_a_test_on_every_token(engine):
    doc = engine.parse([TEXT])[0]
    for sent in doc.sents:
        expected = [t.i for t in sent if _is_verb_word(t.lower_, t.lemma_)]
        assert [t.i for t in tokens_passing(sent, _is_verb_word)] == expected
    passing = [t.text for s in doc.sents for t in tokens_passing(s, _is_verb_word)]
    assert passing == ["recaptured", "withdrew", "fell", "seized", "raised"]


def test_the_control_cue_gate_keeps_every_cue_word(engine):
    doc = engine.parse([TEXT])[0]
    heads_a_cue = cue_test(observed_words())
    for sent in doc.sents:
        gated = [t.i for t in tokens_passing(sent, heads_a_cue)]
        assert gated == [t.i for t in sent if heads_a_cue(t.lower_, t.lemma_)]
    cues = {lemma_of(t) for s in doc.sents for t in tokens_passing(s, heads_a_cue)}
    assert {"recapture", "withdraw", "hold", "seize"} <= cues
    assert "villages" not in cues and "monday" not in cues
