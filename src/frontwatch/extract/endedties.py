"""Ties the sentence says are over: "ended US support for the coalition", "the truce between
the regime and the Kurdish militias broke down", "Washington stopped arming the rebels".

A backing, alliance or truce whose trigger is the object or subject of an ending verb (or a
gerund after "stop"/"cease") is no tie at the article's date. An ending only planned,
possible or threatened ("will end", "could halt", "is considering ending", "vowed to cut its
support"), or denied ("did not end its support"), leaves the tie standing: the ending verb's
own claim (``certainty.claim_for``) must be asserted or attributed. Word lists are data (``relations.yaml``: ``article_ties.tie_guards``).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.certainty import claim_for
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.relspan import trigger_tokens
from frontwatch.records import Relation

_OBJECT_OR_SUBJECT = frozenset({"dobj", "nsubj", "nsubjpass"})
_GERUND_DEPS = frozenset({"xcomp", "pcomp"})
_DONE_CERTAINTIES = frozenset({"asserted", "attributed"})


def an_ended_tie(relation: Relation, ctx: ArticleContext) -> bool:
    """The tie's sentence says it ended (see module doc)."""
    if relation.kind not in get_lexicon().guard_words("ending_kinds"):
        return False
    return any(_ended(tok, ctx) for tok in trigger_tokens(relation, ctx))


def _ended(tok: Any, ctx: ArticleContext) -> bool:
    verb = tok.head
    if verb.i == tok.i or lemma_of(verb) not in get_lexicon().guard_words("ending_verbs"):
        return False
    noun_ended = tok.dep_ in _OBJECT_OR_SUBJECT and tok.pos_ in ("NOUN", "PROPN")
    deed_stopped = tok.dep_ in _GERUND_DEPS and tok.tag_ == "VBG"
    return (noun_ended or deed_stopped) and _done(verb, ctx)


def _done(verb: Any, ctx: ArticleContext) -> bool:
    """The ending happened: not denied ("did not end"), planned ("will end", "vowed to end"),
    possible ("could halt") nor weighed ("is considering ending")."""
    return claim_for(verb, ctx).certainty in _DONE_CERTAINTIES


__all__ = ["an_ended_tie"]
