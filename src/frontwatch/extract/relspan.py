"""The tokens of a relation's sentence and of its trigger word, found once per evidence
span and kept on the article's context: the tie guards and the backers' ties read them
several times for each relation."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.context import ArticleContext
from frontwatch.records import Relation


def relation_tokens(relation: Relation, ctx: ArticleContext) -> tuple[Any, ...]:
    """The tokens of the relation's sentence (none without evidence)."""
    evidence = relation.evidence
    if evidence is None:
        return ()
    key = (evidence.start, evidence.end)
    found = ctx.span_cache.get(key)
    if found is None:
        span = ctx.doc.char_span(evidence.start, evidence.end, alignment_mode="expand")
        found = tuple(span) if span is not None else ()
        ctx.span_cache[key] = found
    return found


def trigger_tokens(relation: Relation, ctx: ArticleContext) -> list[Any]:
    """The tokens of the relation's sentence that are its trigger word."""
    return [t for t in relation_tokens(relation, ctx) if t.text == relation.trigger]
