"""Which relation cues a token can head: a cheap test run before the cue functions.

``relations._cue_pairs`` has about a dozen cue functions, and each fires only on a token
that is one of: a word of the relation cue lists (its lemma, its lower-case form, or an
irregular past form of one), or, for a few of them, a preposition ("alongside", "along
with", "against", the "with" of "with Y striking"), a hyphenated word ("U.S.-backed") or a token of an actor mention ("the
task force against X", "anti-ISIS rebels"). Most tokens of news copy are none of these
and go to no cue function; a token that is no cue word goes only to the functions that
fire on what it is (``relations.STRUCTURAL_TRIGGERS``). Tried on every token, the cue
functions took 7% of a run's CPU; the pairs found are the same. A cue function with
another kind of trigger must widen this test (``tests/test_extract_cuegate.py`` runs
every function on every token and checks that those skipped yield nothing).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from itertools import product
from typing import Any

from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import relation_cue_words
from frontwatch.nlp.treearrays import labels_and_lowers, lemma_forms
from frontwatch.nlp.wordtest import dependency_is, words_passing

CUE_WORD, ACTOR, PREPOSITION, HYPHENATED = "cue word", "actor", "preposition", "hyphenated"


@cache  # the lexicon never changes within a process
def _cue_words() -> frozenset[str]:
    return relation_cue_words()


def _kinds_by_flags() -> dict[tuple[bool, bool, bool], frozenset[str]]:
    names = (ACTOR, PREPOSITION, HYPHENATED)
    return {
        (actor, prep, hyphen): frozenset(
            n for n, on in zip(names, (actor, prep, hyphen), strict=True) if on
        )
        for actor, prep, hyphen in product((False, True), repeat=3)
    }


_KINDS = _kinds_by_flags()  # one shared set per combination: callers memoise on them
_WORD_KINDS = {flags: kinds | {CUE_WORD} for flags, kinds in _KINDS.items()}


def trigger_kinds(tok: Any, ctx: ArticleContext) -> frozenset[str]:
    """What a token is that a relation cue can hang on; empty when no cue can. A cue word
    keeps what else it is: the functions that fire on an actor's token or a preposition
    (``relations.STRUCTURAL_TRIGGERS``) are tried on it only when it is one, or when their
    own words hold it (``cueroutes.SHAPE_GATES``)."""
    words = _cue_words()
    flags = (tok.i in ctx.actor_at, tok.dep_ == "prep", "-" in tok.text)
    if tok.lower_ in words or tok.lemma_.lower() in words:
        return _WORD_KINDS[flags]
    return _KINDS[flags]


def tokens_to_try(sent: Any, ctx: ArticleContext) -> Iterator[Any]:
    """The sentence's tokens ``trigger_kinds`` gives some kind, in order; the others are
    never made (a Token per word, and the test, were a few percent of a run). A token of
    an actor is asked about as it is reached, as the actor index may grow meanwhile."""
    doc, start = sent.doc, sent.start
    words = words_passing(doc, _cue_word_or_hyphen)[start : sent.end]
    flagged = (words | dependency_is(doc, "prep")[start : sent.end]).tolist()
    actor_at = ctx.actor_at
    for i, flag in enumerate(flagged, start):
        if flag or i in actor_at:
            yield doc[i]


def tried_tokens(sent: Any, ctx: ArticleContext) -> Iterator[tuple[int, str, str, frozenset[str]]]:
    """``tokens_to_try`` with each token's ``trigger_kinds``, read from the doc's lists:
    (index, lower-case form, lemma, kinds); no Token is made (the caller makes one only
    of a token some cue function is routed to). "-" is in a word's lower-case form where
    it is in its text. A token of an actor is asked about as it is reached."""
    doc, start = sent.doc, sent.start
    words = words_passing(doc, _cue_word_or_hyphen)[start : sent.end]
    flagged = (words | dependency_is(doc, "prep")[start : sent.end]).tolist()
    (deps, lowers), lemmas = labels_and_lowers(doc), lemma_forms(doc)
    actor_at, cue_words = ctx.actor_at, _cue_words()
    for i, flag in enumerate(flagged, start):
        actor = i in actor_at
        if flag or actor:
            lower, lemma = lowers[i], lemmas[i]
            flags = (actor, deps[i] == "prep", "-" in lower)
            word = lower in cue_words or lemma.lower() in cue_words
            yield i, lower, lemma, (_WORD_KINDS if word else _KINDS)[flags]


def _cue_word_or_hyphen(lower: str, lemma: str) -> bool:
    """A word test (``nlp.wordtest``): a cue word, or a word with a hyphen (its lower-case
    form has one where its text does)."""
    words = _cue_words()
    return lower in words or lemma.lower() in words or "-" in lower
