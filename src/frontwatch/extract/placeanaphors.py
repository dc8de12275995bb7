"""The place a word stands for: "the town", "the city", "the dam", "it" told after a
place was named ("Rebels entered Ariha ... The town was taken"). Looked up in a window of
the sentences before, by bisection over the article's place tokens so that long articles
stay linear. Words are data (relations.yaml, control: ``anaphor_place_nouns``, ``site_anaphors``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.records import Mention

if TYPE_CHECKING:
    from frontwatch.extract.context import ArticleContext


def place_named_before(
    tok: Any, ctx: ArticleContext, skip: Callable[[int], bool] | None = None, *, links: int = 2
) -> Mention | None:
    """ "the town", "the city", "it": the last town named before, in this sentence or
    the two before it (a province or country is no antecedent of "the town"); none whose
    token ``skip`` turns down. With no town in that window, the town an earlier "the
    city" of the window stands for ("rebels stormed T ... entered the city ... the city
    was encircled ... captured the city": a chain of ``links`` more steps back)."""
    words = get_lexicon().control_words("anaphor_place_nouns")
    if not (tok.lower_ == "it" or _an_anaphor_noun(tok, words)):
        return None
    noun = _place_noun_before_it(tok, ctx, words) if tok.lower_ == "it" else None
    if noun is not None:
        return place_named_before(noun, ctx, skip, links=links)
    window_start = start_of_sentences_before(tok, 2)
    # the window's place tokens by bisection: sorting every place of the article for
    # each anaphor made long articles quadratic
    order = ctx.place_order
    window = order[bisect.bisect_left(order, window_start) : bisect.bisect_left(order, tok.i)]
    earlier = [
        ctx.place_at[i]
        for i in window
        if is_a_town(ctx.place_at[i], ctx) and i not in ctx.actor_at and not (skip and skip(i))
    ]
    # "the town of Ariha ... the region of Hama. The town was taken": Ariha
    named_so = [m for m in earlier if named_as(m, tok.lower_, ctx)]
    chosen = named_so or earlier
    if chosen:
        return chosen[-1]
    if links and not window:  # a place named in the window, if no town, ends the chain
        link = _same_noun_before(tok, window_start, words)
        if link is not None:
            return place_named_before(link, ctx, skip, links=links - 1)
    if not window:
        return _town_further_back(tok, window_start, ctx, skip)
    return None


def _town_further_back(
    tok: Any, window_start: int, ctx: ArticleContext, skip: Callable[[int], bool] | None
) -> Mention | None:
    """ "the city" with no place named in its window: the last place named within
    ``_FAR_SENTENCES`` sentences before it, if that is a town ("The Battle of T began in
    May. [two sentences of no place] ... the forces captured the city"). A settlement noun
    only ("the town", "the city", "the village"): no "it", no "the area"; a province or
    country named last ends the search (the report moved on from the town)."""
    if lemma_of(tok) not in get_lexicon().control_words("far_anaphor_place_nouns"):
        return None
    start = start_of_sentences_before(tok, _FAR_SENTENCES)
    order = ctx.place_order
    for i in reversed(
        order[bisect.bisect_left(order, start) : bisect.bisect_left(order, window_start)]
    ):
        if i in ctx.actor_at or (skip and skip(i)):
            continue
        mention = ctx.place_at[i]
        return mention if is_a_town(mention, ctx) else None
    return None


# how many sentences back a settlement noun may find its town when none is named nearer
_FAR_SENTENCES = 6


def _an_anaphor_noun(tok: Any, words: frozenset[str]) -> bool:
    return lemma_of(tok) in words and any(c.lower_ in ("the", "this") for c in tok.children)


def _same_noun_before(tok: Any, start: int, words: frozenset[str]) -> Any | None:
    """The nearest "the city" before ``tok`` from ``start`` on, for a "the city"."""
    for other in reversed(tok.doc[start : tok.i]):
        if lemma_of(other) == lemma_of(tok) and _an_anaphor_noun(other, words):
            return other
    return None


def _place_noun_before_it(it: Any, ctx: ArticleContext, words: frozenset[str]) -> Any | None:
    """ "held the town until Tuesday, when troops captured it": "it" is "the town" told
    earlier in its sentence (the town that noun stands for), unless a place is named
    between them."""
    for tok in reversed(it.doc[it.sent.start : it.i]):
        if tok.i in ctx.place_at:
            return None
        if _an_anaphor_noun(tok, words):
            return tok
    return None


def named_as(mention: Mention, noun: str, ctx: ArticleContext) -> bool:
    """A place introduced with the anaphor's own noun: "the town of X" for "the town",
    "the neighbourhood of X" for "the neighbourhood" (the look-back fits the noun)."""
    before = ctx.text[max(0, mention.start - len(noun) - _OF_REACH) : mention.start]
    return re.search(rf"\b{re.escape(noun)}\s+of\s*$", before, re.IGNORECASE) is not None


# room for " of " and a few more spaces or a line break, and one character before the noun
_OF_REACH = 12


def named_before(
    tok: Any, ctx: ArticleContext, skip: Callable[[int], bool] | None = None
) -> Mention | None:
    """The place "the dam", "the base", "the town" or "it" stands for: a site of the kind
    the noun names first ("Kurdish forces retook the dam" after "Mosul Dam ... Mosul"),
    else the last town named before (none whose token ``skip`` turns down)."""
    return _site_named_before(tok, ctx) or place_named_before(tok, ctx, skip)


def _site_named_before(tok: Any, ctx: ArticleContext) -> Mention | None:
    kinds = get_lexicon().relations["control"]["site_anaphors"].get(lemma_of(tok))
    if not kinds or not any(c.lower_ in ("the", "this", "that") for c in tok.children):
        return None
    start = start_of_sentences_before(tok, _SITE_WINDOW_SENTENCES)
    order = ctx.place_order  # bisection keeps long articles linear
    for i in reversed(order[bisect.bisect_left(order, start) : bisect.bisect_left(order, tok.i)]):
        place = ctx.places.get(ctx.place_at[i].place_id)
        if place is not None and place.kind in kinds:
            return ctx.place_at[i]
    return None


# "the dam", "the base": the noun names the site's kind, so the last site of that kind may
# lie a paragraph back ("D Dam fell ... [two sentences] ... strikes near the dam")
_SITE_WINDOW_SENTENCES = 5


def is_a_town(mention: Mention, ctx: ArticleContext) -> bool:
    place = ctx.places.get(mention.place_id)
    return place is not None and not place.is_area


def start_of_sentences_before(tok: Any, count: int) -> int:
    """The first token of the sentence ``count`` sentences before ``tok``'s own."""
    start = tok.sent.start
    for _ in range(count):
        if start == 0:
            break
        start = tok.doc[start - 1].sent.start
    return int(start)
