"""Sides that hold one place together: "X and Y now control T", "T is held by X and Y", "X
and Y were in control of most of T". Two sides named as one holder of a place share it,
so are allies (whose control each has is extract/control.py's). The object must name a
place ("X and Y held talks" holds nothing). The holding word is the trigger, so "X and Y
may control T" stays hedged. Words are data (``relations.yaml``: ``co_holding_verbs``,
``co_holding_nouns``).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations
from typing import Any

from frontwatch.extract.arguments import is_passive, pobjs
from frontwatch.extract.coalitions import coordinated_actors, one_body
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.relcues import Pair, words
from frontwatch.extract.verbsubjects import subject_of
from frontwatch.records import Mention

_BY = frozenset({"by"})
_OF = frozenset({"of"})


def co_holder_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in words("co_holding_verbs"):
        places = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        holders = pobjs(tok, _BY) if is_passive(tok) else [subject_of(tok)]
        trigger = tok
    elif tok.pos_ == "NOUN" and lemma in words("co_holding_nouns") and _in_state(tok):
        places = pobjs(tok, _OF)
        holders = [subject_of(tok.head.head)]
        trigger = tok.head.head
    else:
        return
    if not any(_names_place(p, ctx) for p in places):
        return
    sides = [m for h in holders if h is not None for m in coordinated_actors(h, ctx)]
    yield from _allies(sides, trigger, ctx)


def _in_state(noun: Any) -> bool:
    """ "in control of": the noun is the object of "in" hung on a verb."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "in" and prep.head.pos_ in ("VERB", "AUX")


def _names_place(noun: Any, ctx: ArticleContext) -> bool:
    return any(t.i in ctx.place_at for t in noun.subtree)


def _allies(sides: list[Mention], trigger: Any, ctx: ArticleContext) -> Iterator[Pair]:
    for first, other in combinations(sides, 2):
        if first is not other and not one_body(first, other, ctx):
            yield "allied", first, other, trigger
