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


def _is_fighting_word(lower: str, lemma: str) -> bool:
    return lemma in {"clash", "shell", "fight"} or lower == "fighters"


def test_answers_stay_right_when_the_memo_starts_afresh(engine, monkeypatch):
    """A memo emptied between two docs' questions (a long run met many words) numbers a doc's
    words again: no answer comes from another word's number."""
    from frontwatch.nlp import wordtest

    monkeypatch.setattr(wordtest, "_MEMO", wordtest._Memo())
    monkeypatch.setattr(wordtest, "_MEMO_SIZE", 15)  # fewer pairs than the two docs hold
    first, second = engine.parse([
        "Fighters clashed with police in the old city as shelling resumed.",
        "Residents said the army shelled two villages, and the fighters fled north.",
    ])
    for doc, test in ((first, _is_verb_word), (second, _is_fighting_word), (first, _is_fighting_word),
                      (second, _is_verb_word), (first, _is_verb_word)):
        expected = [t.i for t in doc if test(t.lower_, t.lemma_)]
        assert [t.i for s in doc.sents for t in tokens_passing(s, test)] == expected
    assert wordtest._MEMO.generation >= 1  # it did start afresh
    assert [t.text for s in second.sents for t in tokens_passing(s, _is_fighting_word)] == [
        "shelled", "fighters"
    ]


ARRAY_TEXT = (
    "“We will not leave,” a commander told reporters on Sunday, as shelling went on. "
    "Tehran funds the militia, officials say. Casualty tolls rose; the Toll was disputed. "
    'Images of the strike. "Two more," he added, quoting a medic who said ``it was over\'\'.'
)


def test_part_of_speech_and_tag_arrays_read_as_the_tokens_do(engine):
    from frontwatch.nlp.wordtest import any_flagged, flagged_before, part_of_speech_in, tag_is

    doc = engine.parse([ARRAY_TEXT])[0]
    verbal, plural = part_of_speech_in(doc, ("VERB", "AUX")), tag_is(doc, "NNS")
    assert verbal.tolist() == [t.pos_ in ("VERB", "AUX") for t in doc]
    assert plural.tolist() == [t.tag_ == "NNS" for t in doc]
    assert any(verbal) and any(plural) and not all(verbal)
    verbs_before = flagged_before(verbal)
    assert len(verbs_before) == len(doc) + 1 and verbs_before[-1] == sum(verbal.tolist())
    for sent in doc.sents:
        assert any_flagged(verbs_before, sent) == any(t.pos_ in ("VERB", "AUX") for t in sent)
    # a fragment without a verb ("Images of the strike.") is told apart from the others
    assert [any_flagged(verbs_before, s) for s in doc.sents].count(False) >= 1
    # any span, as the array's own slice answers: one token, the first, the last, empty
    for start, end in [(0, 1), (0, len(doc)), (len(doc) - 1, len(doc)), (3, 3), (5, 12)]:
        assert any_flagged(verbs_before, doc[start:end]) == bool(verbal[start:end].any())


def _quote(lower: str, _lemma: str) -> bool:
    return lower in {'"', "“", "”", "``", "''"}


def test_offsets_of_passing_tokens_and_token_starts(engine):
    from frontwatch.nlp.wordtest import starts_of_tokens_passing, token_starts

    doc = engine.parse([ARRAY_TEXT])[0]
    marks = starts_of_tokens_passing(doc, _quote)
    assert marks == [t.idx for t in doc if t.text in {'"', "“", "”", "``", "''"}]
    assert len(marks) >= 4
    assert token_starts(doc) == {t.idx: t.i for t in doc}
    assert starts_of_tokens_passing(engine.parse([""])[0], _quote) == []


def test_each_pair_is_asked_once_and_its_strings_read_once(engine, monkeypatch):
    """A test is asked once per distinct (lower-case form, lemma) pair, however many docs
    and tokens hold it; a pair's two strings are read from the vocabulary once, for every
    test (the work is counted, not timed)."""
    from frontwatch.nlp import wordtest

    monkeypatch.setattr(wordtest, "_MEMO", wordtest._Memo())
    first, second = engine.parse([
        "The army shelled the town, and the army shelled the villages near the town.",
        "Rebels shelled the army near the town as the fighters clashed with the army.",
    ])
    asked: list[tuple[str, str]] = []

    def counted(lower: str, lemma: str) -> bool:
        asked.append((lower, lemma))
        return _is_fighting_word(lower, lemma)

    for doc in (first, second, first):
        expected = [t.i for t in doc if _is_fighting_word(t.lower_, t.lemma_)]
        assert [t.i for s in doc.sents for t in tokens_passing(s, counted)] == expected
    pairs = {(t.lower_, t.lemma_) for doc in (first, second) for t in doc}
    assert sorted(asked) == sorted(pairs)  # each pair once, none twice
    assert len(pairs) < len(first) + len(second)  # words were repeated
    assert sorted(wordtest._MEMO.words) == sorted(pairs)  # strings kept once per pair
    other = [t.i for s in first.sents for t in tokens_passing(s, _is_verb_word)]
    assert other == [t.i for t in first if _is_verb_word(t.lower_, t.lemma_)]
    assert len(wordtest._MEMO.words) == len(pairs)  # a second test reads no string again


def test_equal_to_any_is_numpy_isin():
    """The comparisons give ``numpy.isin``'s answer, for no id, one, or several, and for ids
    no value holds."""
    import numpy

    from frontwatch.nlp.wordtest import equal_to_any

    values = numpy.array([100, 87, 92, 100, 5, 87, 0], dtype="uint64")
    for wanted in ([], [100], [100, 87], [92, 5, 0, 3], [1, 2]):
        assert equal_to_any(values, wanted).tolist() == numpy.isin(values, wanted).tolist()
    assert equal_to_any(values, [100, 87]).tolist() == [True, True, False, True, False, True, False]
    empty = numpy.array([], dtype="uint64")
    assert equal_to_any(empty, [100]).tolist() == []
