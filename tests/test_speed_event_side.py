"""Shortcuts taken for speed on the event side (issue #16) give the answers of the longer way
they replace: the word tests moved before the costly ones in extract/unrealized.py, the
instruments read before the helpers' spans and the clause's words read only for the types
whose mode they refine (extract/modes.py), the certainty word sets looked up by key alone
(extract/lexicon.py), the sentence of a token read from the doc's sentences
(extract/sentenceof.py), no time picked where a sentence has none (extract/timing.py).
Sentences written for these tests; the sample articles are compared
whole with bench/ and the notes' same.py."""

from __future__ import annotations

from typing import Any

import pytest

from frontwatch.extract import eventplace, timing, unrealized
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.modes import (
    clause_instruments,
    instruments_in,
    needs_clause_words,
    refine_mode,
)
from frontwatch.extract.sentenceof import sentence_of
from tests.extracted import PUBLISHED, extract

SENTENCES = [
    "Had the militia stormed the base, dozens of soldiers would have died.",
    "Were the rebels to capture the town, the army could lose the road to the coast.",
    "Had the army retreated, the town fell anyway.",
    "The militia had stormed the base before dawn, officials said.",
    "As long as the rebels withdraw from the hills, the army will hold its fire.",
    "So long as the army shells the old city, the rebels will not negotiate.",
    "Provided the militias agree to withdraw, the talks can go on, he said.",
    "Provided with US air cover, Kurdish fighters stormed the town on condition that it held.",
    "Were they hit by shelling? Nobody would say, but the convoy had turned back at noon.",
    "Government jets bombed the market in the north of the city on Tuesday, killing nine.",
]


def _old_inverted_condition(head: Any) -> str:
    """extract/unrealized.py ``inverted_condition`` before the word test came first."""
    cues = get_lexicon().certainty
    for clause in (head, head.head):
        first = clause.left_edge
        if first.i != clause.sent.start or first.lower_ not in cues("inverted_condition_words"):
            continue
        opens = first.i == clause.i or (first.head.i == clause.i and first.dep_ in ("aux", "auxpass"))
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        inside = {t.i for t in clause.subtree} if clause.dep_ != "ROOT" else set(range(first.i, clause.i + 1))
        answered = any(
            t.lower_ in cues("counterfactual_modals") and t.i not in inside for t in clause.sent
        )
        if opens and answered and subject is not None and subject.i > first.i:
            return str(first.text)
    return ""


def _old_condition_phrase(word: Any) -> bool:
    """extract/unrealized.py ``condition_phrase`` before the test of its last word."""
    if word.dep_ not in ("mark", "prep", "advmod") or word.i > word.head.i:
        return False
    after = word.nbor() if word.i + 1 < len(word.doc) else None
    if after is not None and after.lower_ in ("with", "by"):
        return False
    doc = word.doc
    phrases = get_lexicon().certainty("condition_phrases")
    return any(
        " ".join(t.lower_ for t in doc[max(0, word.i - n) : word.i + 1]) in phrases for n in range(3)
    )


@pytest.fixture(scope="module")
def docs(actor_nlp: Any) -> list[Any]:
    return [actor_nlp(text) for text in SENTENCES]


def test_inverted_condition_answers_as_before(docs: list[Any]) -> None:
    answers = [(t.text, unrealized.inverted_condition(t)) for doc in docs for t in doc]
    assert answers == [(t.text, _old_inverted_condition(t)) for doc in docs for t in doc]
    assert any(found for _, found in answers)  # the sentences hold inverted conditions


def test_condition_phrase_answers_as_before(docs: list[Any]) -> None:
    answers = [(t.text, unrealized.condition_phrase(t)) for doc in docs for t in doc]
    assert answers == [(t.text, _old_condition_phrase(t)) for doc in docs for t in doc]
    assert any(found for _, found in answers)


def test_only_a_phrase_s_last_word_can_close_a_condition_phrase() -> None:
    phrases = get_lexicon().certainty("condition_phrases")
    assert all(unrealized.ends_a_condition_phrase(p.split()[-1]) for p in phrases)
    assert not any(map(unrealized.ends_a_condition_phrase, ("in", "on", "after", "long", "if")))


SKIPPED = ((0, 14),)  # "backed by jets" as a helper's phrase


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Backed by jets, the rebels fired mortars and rockets at the base.", (0, 66)),
        ("Backed by jets, the rebels fired mortars and rockets at the base.", (16, 66)),
        ("Backed by jets, the rebels fired mortars and rockets at the base.", (0, 15)),
        ("The rebels attacked the base at dawn.", (0, 37)),
        ("Militants stormed the town, officials said.", (0, 27)),
        ("Drones and artillery struck the depot.", (0, 38)),
    ],
)
def test_clause_instruments_as_instruments_in_asks_for_the_spans_only_with_one(
    text: str, span: tuple[int, int]
) -> None:
    asked: list[int] = []

    def skip() -> tuple[tuple[int, int], ...]:
        asked.append(1)
        return SKIPPED

    expected = instruments_in(text, 0, span, SKIPPED)
    assert clause_instruments(text, 0, span, skip) == expected
    assert len(asked) == (1 if instruments_in(text, 0, span) else 0)


def test_the_clause_words_are_read_only_for_the_types_they_refine() -> None:
    lex = get_lexicon()
    types = {entry["type"] for entry in [*lex.verbs.values(), *lex.nouns.values()] if entry.get("type")}
    cued = set(lex.modes["mode_cues"])
    every_cue = {w for cues in lex.modes["mode_cues"].values() for ws in cues.values() for w in ws}
    instruments = [("artillery", "artillery")]
    for kind in sorted(types | cued):
        for mode in ("", "aerial"):
            if not needs_clause_words(kind):
                assert refine_mode(kind, mode, instruments, every_cue) == refine_mode(
                    kind, mode, instruments, set()
                ), kind
    assert {k for k in types | cued if needs_clause_words(k)} == cued - {"ASSAULT"}


def test_certainty_sets_by_key_are_the_lexicon_s_words() -> None:
    lex = get_lexicon()
    for key, words in lex.cues["certainty"].items():
        if isinstance(words, list):
            assert lex.certainty(key) == frozenset(words), key
            assert lex.certainty(key) is lex.certainty(key)  # built once
    assert lex.certainty("no such list") == frozenset()


def test_sentence_of_is_the_token_s_sentence(actor_nlp: Any) -> None:
    doc = actor_nlp(
        "Rebels shelled the town on Monday. The army said it had retaken the hill.\n\n"
        "According to the Observatory, nine people were killed, a charge Damascus denies. "
        "Talks resume Friday"
    )
    assert len(list(doc.sents)) >= 4
    for tok in doc:
        assert (sentence_of(tok).start, sentence_of(tok).end) == (tok.sent.start, tok.sent.end)


class _Unread(list):  # type: ignore[type-arg]
    """A clause that must not be walked."""

    def __iter__(self) -> Any:
        raise AssertionError("the clause was walked")


def test_a_sentence_with_no_time_expression_dates_no_fact_and_walks_nothing(
    docs: list[Any],
) -> None:
    for doc in docs:
        for tok in doc:
            for own in (False, True):
                assert timing._pick([], _Unread([tok]), tok, own_clause_only=own) is None


def _old_aim_of(head: Any) -> Any | None:
    """extract/eventplace.py ``_aim_of`` before the label was read first."""
    aims = get_lexicon().events["aim_verbs"]
    for child in head.children:
        to = any(c.dep_ == "aux" and c.tag_ == "TO" for c in child.children)
        if child.dep_ in ("xcomp", "advcl") and to and lemma_of(child) in aims:
            return child
    return None


def test_the_aim_of_an_act_is_found_as_before(actor_nlp: Any) -> None:
    texts = [
        "The army fought militants for days to recapture the town of Hit.",
        "Rebels launched a counter-offensive in order to retake the dam.",
        "Troops advanced toward the border, hoping to seize the crossing before dawn.",
        "The coalition struck the bridge to stop the militants from crossing.",
    ]
    found = []
    for doc in map(actor_nlp, texts):
        for tok in doc:
            aim = eventplace._aim_of(tok)
            assert aim == _old_aim_of(tok), tok.text
            found.append(aim)
    assert any(a is not None for a in found)


@pytest.mark.parametrize(
    ("text", "kind", "certainty"),
    [  # the "if true" condition is read only under a modal, as before
        ("If confirmed, the capture of the town by the rebels would cut the main road.", "ASSAULT", "hedged"),
        ("If the talks fail, the rebels could storm the town.", "ASSAULT", "hypothetical"),
        ("The rebels stormed the town, if reports are to be believed.", "ASSAULT", "asserted"),
    ],
)
def test_a_modal_s_condition_of_truth_is_read_as_before(text: str, kind: str, certainty: str) -> None:
    events = [e for e in extract(text, PUBLISHED).events if e.type == kind]
    assert events, extract(text, PUBLISHED).events
    assert events[0].claim.certainty == certainty, events[0].claim
