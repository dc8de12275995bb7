"""Sides named only as alternatives: "an arms depot for Iranian forces or Lebanon's Hezbollah",
"either IS or al-Qaeda gunmen": the text does not say which of them it was, so a tie drawn with
one of them is only possible (hedged), when the tie's sentence names that side only so, or,
naming it not at all, the article does. The deed itself stays as told, and so does a tie
between the alternatives themselves ("by the army or its ally Hezbollah": allied either way). Words are data
(cues.yaml, certainty: ``alternative_conjunctions``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import Any

from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.relspan import mention_head
from frontwatch.records import Relation

_PLAIN = frozenset({"asserted", "attributed"})
_CONTEXT = frozenset({"context"})  # Mention.resolution of a class read from the article
_MODIFIER_DEPS = frozenset({"compound", "poss", "amod", "nmod", "appos"})


def hedge_alternative_sides(relations: list[Relation], ctx: ArticleContext) -> None:
    """Hedge the plain ties whose source or target is named only as an alternative: in the
    tie's own sentence when it names that side there, else anywhere in the article."""
    top = ctx.kb.top_of
    told: dict[str, list[tuple[int, bool]]] = defaultdict(list)  # side: (offset, alternative)
    for index, mention in ctx.actor_at.items():
        if _names_the_side(mention, ctx.doc[index]):
            alternative = is_alternative(mention_head(ctx.doc[index], mention))
            told[top(mention.actor_id)].append((mention.start, alternative))
    for relation in relations:
        if relation.claim.certainty not in _PLAIN or relation.evidence is None:
            continue
        span = (relation.evidence.start, relation.evidence.end)
        ends = {top(relation.source_actor), top(relation.target_actor)}
        alternatives = [_only_as_alternative(told.get(side, []), span) for side in ends]
        if any(alternatives) and not all(alternatives):  # "X or its ally Y": told of both
            # a claim of its own: the deed it may share stays as told
            relation.claim = replace(relation.claim, certainty="hedged", cue="or")


def _names_the_side(mention: Any, token: Any) -> bool:
    """A name or alias of the side; not a pronoun ("their patron") nor a class the context
    resolved ("officials" read as Iran's)."""
    return bool(mention.actor_id) and token.pos_ != "PRON" and mention.resolution not in _CONTEXT


def _only_as_alternative(named: list[tuple[int, bool]], span: tuple[int, int]) -> bool:
    here = [alternative for start, alternative in named if span[0] <= start < span[1]]
    flags = here or [alternative for _, alternative in named]
    return bool(flags) and all(flags)


def is_alternative(head: Any) -> bool:
    """The name's head word is one of a list joined by "or" ("X or Y", "either X or Y")."""
    words = get_lexicon().certainty("alternative_conjunctions")
    while head.dep_ in _MODIFIER_DEPS and head.head.i != head.i:
        head = head.head  # "Lebanon's Hezbollah group", "its ally Hezbollah": the noun listed
    first = head.head if head.dep_ == "conj" else head
    if first.i == head.i and not any(c.dep_ == "conj" for c in head.children):
        return False
    return any(c.dep_ == "cc" and c.lower_ in words for c in first.children)
