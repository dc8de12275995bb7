"""Words for two sides named before: "the former"/"the latter" and a definite plural pair
noun ("the rivals"). Split from extract/referents.py, whose search of the clauses and
sentences before (``segments_before``) and whose test of a named side (``a_side``) they
share. The words are data (``relations.yaml``: ``article_ties.anaphora``)."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.referents import a_side, segments_before
from frontwatch.records import Mention

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
_QUALIFIER_DEPS = frozenset({"amod", "compound", "nummod", "poss", "prep", "nmod", "relcl", "acl"})


def _pair_nouns() -> frozenset[str]:
    table: dict[str, list[str]] = get_lexicon().relations["article_ties"]["anaphora"]
    return frozenset(table["pair_nouns"])


def ordered_antecedent(tok: Any, ctx: ArticleContext) -> Mention | None:
    """ "Russia backs the government and Turkey the rebels. The former bombs Idlib": "the
    former"/"the latter" as a side of its own clause stands for the first/second of the two
    sides the sentence before has as subjects (its clauses' or one coordinated subject's);
    with other than two, unread."""
    order = list(_order_words())
    if tok.lower_ not in order or tok.dep_ not in _ARGUMENT_DEPS:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    segments = segments_before(tok)
    if not segments:
        return None
    sides = _subject_sides(segments[0], ctx)
    return sides[order.index(tok.lower_)] if len(sides) == len(order) else None


def _order_words() -> tuple[str, ...]:
    table: dict[str, list[str]] = get_lexicon().relations["article_ties"]["anaphora"]
    return tuple(table["pair_order_words"])


def _subject_sides(segment: list[Any], ctx: ArticleContext) -> list[Mention]:
    sides: list[Mention] = []
    for subject in (t for t in segment if t.dep_ in _SUBJECTS):
        for noun in (subject, *subject.conjuncts):
            side = actor_near(ctx, noun, depth=1)
            if side is not None and a_side(side, ctx) and all(s.actor_id != side.actor_id for s in sides):
                sides.append(side)
    return sides


def plural_pair(tok: Any, ctx: ArticleContext) -> list[Mention]:
    """ "Jaysh al-Islam holds Douma and Faylaq al-Rahman holds Arbin. The rivals clashed": a
    definite plural pair noun of no modifier of its own stands for the two sides its own
    sentence and the one before name, when they name exactly two (more: unread)."""
    if tok.tag_ != "NNS" or tok.lemma_.lower() not in _pair_nouns():
        return []
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return []
    if any(c.dep_ in _QUALIFIER_DEPS for c in tok.children):
        return []  # "the rebel groups", "the rivals of X": a class or another's rivals
    start = tok.sent.start if tok.sent.start == 0 else tok.doc[tok.sent.start - 1].sent.start
    gap = {t.i for t in tok.doc[start : tok.sent.start] if t.is_space and "\n" in t.text}
    if gap:
        start = tok.sent.start  # a paragraph break: its own sentence only
    sides: dict[str, Mention] = {}
    for t in tok.doc[start : tok.i]:
        found = ctx.actor_at.get(t.i)
        if found is not None and t.dep_ != "poss" and a_side(found, ctx):
            sides.setdefault(ctx.kb.top_of(found.actor_id) or found.actor_id, found)
    return list(sides.values()) if len(sides) == 2 else []


__all__ = ["ordered_antecedent", "plural_pair"]
