"""Sides that hold one place together: "X and Y now control T", "T is held by X and Y", "X
and Y were in control of most of T". Two sides named as one holder of a place share it,
so are allies (whose control each has is extract/control.py's). The object must name a
place ("X and Y held talks" holds nothing). The holding word is the trigger, so "X and Y
may control T" stays hedged. The object's own head must be the place, or a share of its
whole ("most of T"): "held talks in Sochi", "control parts of T" and "each control T" name
no place held together. Words are data (``relations.yaml``: ``co_holding_verbs``,
``co_holding_nouns``, ``co_holding_shares``, ``apart_words``, ``agent_preps``).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations
from typing import Any

from frontwatch.extract.arguments import is_passive
from frontwatch.extract.coalitions import coordinated_actors, one_body
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.prepobjects import pobjs
from frontwatch.extract.relcues import Pair, words
from frontwatch.extract.verbsubjects import subject_of
from frontwatch.records import Mention

_OF = frozenset({"of"})


def co_holder_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in words("co_holding_verbs"):
        places = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        holders = pobjs(tok, get_lexicon().tie_words("agent_preps")) if is_passive(tok) else [subject_of(tok)]
        trigger = tok
    elif tok.pos_ == "NOUN" and lemma in words("co_holding_nouns") and _in_state(tok):
        places = pobjs(tok, _OF)
        holders = [subject_of(tok.head.head)]
        trigger = tok.head.head
    else:
        return
    if not any(_names_place(p, ctx) for p in places) or _held_apart(trigger, holders):
        return
    sides = [m for h in holders if h is not None for m in coordinated_actors(h, ctx)]
    yield from _allies(sides, trigger, ctx)


def _in_state(noun: Any) -> bool:
    """ "in control of": the noun is the object of "in" hung on a verb."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "in" and prep.head.pos_ in ("VERB", "AUX")


def _names_place(noun: Any, ctx: ArticleContext) -> bool:
    """The noun is the place ("hold Kirkuk") or a share of its whole ("most of Raqqa");
    "talks in Sochi" and "parts of Daraa" name a place but hold none of it."""
    if noun.i in ctx.place_at:
        return True
    if noun.lemma_.lower() not in get_lexicon().tie_words("co_holding_shares"):
        return False
    return any(p.i in ctx.place_at for p in pobjs(noun, _OF))


def _held_apart(trigger: Any, holders: list[Any]) -> bool:
    """ "X and Y each control T", "both X and Y hold T": each holds for itself."""
    apart = get_lexicon().tie_words("apart_words")
    near = [trigger, *(h for h in holders if h is not None)]
    return any(c.lower_ in apart for t in near for c in t.children)


def _allies(sides: list[Mention], trigger: Any, ctx: ArticleContext) -> Iterator[Pair]:
    for first, other in combinations(sides, 2):
        if first is not other and not one_body(first, other, ctx):
            yield "allied", first, other, trigger
