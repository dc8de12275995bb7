"""Fights told by taking or losing ground, whatever the ground: "X recaptured dozens of
villages from Y", "X has reclaimed 3,000 square kilometers from Y", "X lost the town to Y".

A capture of a named place becomes a control change and, through it, a tie
(extract/ties.py); ground that names no place ("dozens of villages", "3,000 square
kilometers") makes no control change, yet the sentence still names both sides. Words are
data (``relations.yaml``: ``taking_verbs``, ``losing_verbs``, ``untaken_objects``).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

from frontwatch.extract.arguments import first_actor, pobjs
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.relcues import Pair, pair_of, side_named, words
from frontwatch.extract.relsubjects import acting_subject
from frontwatch.records import Mention

_FROM = frozenset({"from"})
_TO = frozenset({"to"})


def taking_pairs(verb: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "X took T from Y": X fights Y; "X lost T to Y": Y fights X."""
    if verb.pos_ != "VERB":
        return
    lemma = lemma_of(verb)
    taking = lemma in words("taking_verbs")
    if not taking and lemma not in words("losing_verbs"):
        return
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects or any(lemma_of(o) in _untaken() for o in objects):
        return  # "took over from the army" hands over; "took delivery of" takes no ground
    other = first_actor(
        [*pobjs(verb, _FROM if taking else _TO), *_object_preps(objects, taking)], ctx
    )
    doer = _doer(verb, ctx)
    if taking:
        yield from pair_of("fights", doer, other, verb)
    else:
        yield from pair_of("fights", other, doer, verb)


@cache
def _untaken() -> frozenset[str]:
    return frozenset(get_lexicon().relations["article_ties"]["untaken_objects"])


def _object_preps(objects: list[Any], taking: bool) -> list[Any]:
    """ "reclaimed 3,000 square kilometers from Y": the parser may hang "from" on the ground."""
    return [g for o in objects for g in pobjs(o, _FROM if taking else _TO)]


def _doer(verb: Any, ctx: ArticleContext) -> Mention | None:
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return first_actor(pobjs(verb, frozenset({"by"})), ctx)
    return side_named(acting_subject(verb, ctx), ctx)
