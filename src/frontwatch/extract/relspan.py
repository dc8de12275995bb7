"""The tokens of a relation's sentence and of its trigger word, found once per evidence
span and kept on the article's context: the tie guards and the backers' ties read them
several times for each relation. Also the head word of a name's mention, which the rest of
the sentence hangs on."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.context import ArticleContext
from frontwatch.nlp.charspans import expanded_span
from frontwatch.nlp.treearrays import char_starts, head_indices
from frontwatch.records import Mention, Relation


def relation_tokens(relation: Relation, ctx: ArticleContext) -> tuple[Any, ...]:
    """The tokens of the relation's sentence (none without evidence)."""
    evidence = relation.evidence
    if evidence is None:
        return ()
    key = (evidence.start, evidence.end)
    found = ctx.span_cache.get(key)
    if found is None:
        span = expanded_span(ctx.doc, evidence.start, evidence.end)
        found = tuple(span) if span is not None else ()
        ctx.span_cache[key] = found
    return found


def trigger_tokens(relation: Relation, ctx: ArticleContext) -> list[Any]:
    """The tokens of the relation's sentence that are its trigger word."""
    return [t for t in relation_tokens(relation, ctx) if t.text == relation.trigger]


def mention_head(tok: Any, mention: Mention) -> Any:
    """The word of a name that the rest of the sentence hangs on ("Corps" of "Iran's Islamic
    Revolutionary Guard Corps"), climbing from any of its words."""
    i = mention_head_index(tok.doc, tok.i, mention)
    return tok if i == tok.i else tok.doc[i]


def mention_head_index(doc: Any, i: int, mention: Mention) -> int:
    """:func:`mention_head`'s index, climbing from the word at ``i`` with no Token made."""
    heads, starts = head_indices(doc), char_starts(doc)
    while mention.start <= starts[heads[i]] < mention.end and heads[i] != i:
        i = heads[i]
    return i


def mention_heads(
    text: str, relation: Relation, ctx: ArticleContext
) -> Iterator[tuple[Any, Mention]]:
    """The head word of each mention of the relation's sentence whose text is ``text``."""
    for tok in relation_tokens(relation, ctx):
        mention = ctx.actor_at.get(tok.i)
        if mention is not None and mention.text == text and mention_head(tok, mention).i == tok.i:
            yield tok, mention
