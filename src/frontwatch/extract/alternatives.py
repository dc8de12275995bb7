"""Sides named only as alternatives: "an arms depot for Iranian forces or Lebanon's Hezbollah",
"either IS or al-Qaeda gunmen", "Syrian or Russian jets": the text does not say which of them it was, so a tie drawn with
one of them is only possible (hedged), when the tie's sentence names that side only so, or,
naming it not at all, the article does. The deed itself stays as told, and so does a tie
between the alternatives themselves ("by the army or its ally Hezbollah": allied either way).
Words are data
(cues.yaml, certainty: ``alternative_conjunctions``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import Any

from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.relspan import mention_head_index
from frontwatch.nlp.treearrays import children_indices, labels_and_lowers
from frontwatch.nlp.wordtest import part_of_speech_in
from frontwatch.records import Relation

_PLAIN = frozenset({"asserted", "attributed"})
_CONTEXT = frozenset({"context"})  # Mention.resolution of a class read from the article
_MODIFIER_DEPS = frozenset({"compound", "poss", "amod", "nmod", "appos"})


def hedge_alternative_sides(relations: list[Relation], ctx: ArticleContext) -> None:
    """Hedge the plain ties whose source or target is named only as an alternative: in the
    tie's own sentence when it names that side there, else anywhere in the article."""
    top = ctx.kb.top_of
    # side: (offset, the sides named as its alternatives; none when it is named plainly)
    told: dict[str, list[tuple[int, frozenset[str]]]] = defaultdict(list)
    pronouns = part_of_speech_in(ctx.doc, ("PRON",))
    read: set[tuple[int, str, int]] = set()  # a naming is read once, not once per word of it
    for index, mention in ctx.actor_at.items():
        if _names_the_side(mention, bool(pronouns[index])):
            side, head_at = top(mention.actor_id), mention_head_index(ctx.doc, index, mention)
            if (mention.start, side, head_at) in read:
                continue  # the same entry again: the hedging reads only which entries there are
            read.add((mention.start, side, head_at))
            others = frozenset(_side_named(o, ctx) for o in listed_alternatives(ctx.doc[head_at]))
            # "the Islamic State, or Daesh,": a name restated after "or" is no alternative
            told[side].append((mention.start, others - {side}))
    for relation in relations:
        if relation.claim.certainty not in _PLAIN or relation.evidence is None:
            continue
        span = (relation.evidence.start, relation.evidence.end)
        ends = (top(relation.source_actor), top(relation.target_actor))
        if any(
            _only_as_alternative(told.get(side, []), span, other)
            for side, other in (ends, ends[::-1])
        ):
            # a claim of its own: the deed it may share stays as told
            relation.claim = replace(relation.claim, certainty="hedged", cue="or")


def _names_the_side(mention: Any, pronoun: bool) -> bool:
    """A name or alias of the side; not a pronoun ("their patron") nor a class the context
    resolved ("officials" read as Iran's)."""
    return bool(mention.actor_id) and not pronoun and mention.resolution not in _CONTEXT


def _only_as_alternative(
    named: list[tuple[int, frozenset[str]]], span: tuple[int, int], other_end: str
) -> bool:
    """Every naming of the side (in the tie's span, else anywhere) lists it as an alternative
    to a side other than the tie's other end: "the Syrian army or its ally Hezbollah" names
    the two as alternatives for a deed, but their own tie plainly."""
    here = [others for start, others in named if span[0] <= start < span[1]]
    flags = [bool(others - {other_end}) for others in (here or [o for _, o in named])]
    return bool(flags) and all(flags)


def _side_named(token: Any, ctx: ArticleContext) -> str:
    """The side a list member names ('' for none: "either IS or a local clan")."""
    named = actor_near(ctx, token, depth=1)
    return ctx.kb.top_of(named.actor_id) if named is not None and named.actor_id else ""


def listed_alternatives(head: Any) -> list[Any]:
    """The other members of a list joined by "or" that the name's head word is in ("X or Y",
    "either X or Y", "X, Y or Z"), or that the noun it modifies is in ("Lebanon's Hezbollah
    group or Iranian forces"); none when it is in no such list."""
    words = get_lexicon().certainty("alternative_conjunctions")
    while True:
        # "A, B or C": the parser chains the list (B a conjunct of A, C of B) and hangs "or"
        # on B, so the joining word is looked for on every member
        listed = [head, *head.conjuncts]
        (deps, lowers), kids = labels_and_lowers(head.doc), children_indices(head.doc)  # no Token per child
        if any(deps[c] == "cc" and lowers[c] in words for member in listed for c in kids[member.i]):
            return [member for member in listed if member.i != head.i]
        if head.dep_ not in _MODIFIER_DEPS or head.head.i == head.i:
            return []
        head = head.head  # "Syrian or Russian jets" listed the words; "its ally Hezbollah" the noun
