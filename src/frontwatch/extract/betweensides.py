"""The two sides of a "between" list that names them apart: "the battle was fought between
A and B against C", "clashes broke out between A and B on one side and C on the other".

A plain "between A and B" sets A against B; a list parted so sets every actor before the
parting against every actor after it, and the actors of one side fight beside each other,
never each other. A backer named inside a side ("B, backed by X", "the X-backed B") is no
side of the fight. The parting words are data (``relations.yaml``: ``article_ties``
``side_parting_words``, ``first_side_phrases``, ``other_side_phrases``).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.records import Mention

Sides = tuple[list[Mention], list[Mention]]


def parted_sides(prep: Any, ctx: ArticleContext) -> Sides | None:
    """The two sides of the "between" ``prep`` when its list is parted in two, else None."""
    return _parted_by_phrases(prep, ctx) or _parted_by_against(prep, ctx)


def _parted_by_phrases(prep: Any, ctx: ArticleContext) -> Sides | None:
    """ "between A and B on one side and C on the other"."""
    end = prep.sent.end
    first = _phrase_in(prep.i + 1, end, "first_side_phrases", prep.doc)
    if first is None:
        return None
    other = _phrase_in(first[1], end, "other_side_phrases", prep.doc)
    if other is None:
        return None
    return _both(_named_in(prep.i + 1, first[0], ctx), _named_in(first[1], other[0], ctx))


def _parted_by_against(prep: Any, ctx: ArticleContext) -> Sides | None:
    """ "between A and B against C": the "against" hangs on a member of the list or on the
    word the list is governed by (never on a word inside a member's relative clause or
    apposition: "B, who launched an offensive against C"), and its object names actors (not
    "against the wishes of C")."""
    parting = _tie_words("side_parting_words")
    members = [m for o in prep.children if o.dep_ == "pobj" for m in (o, *o.conjuncts)]
    heads = {prep.head.i, *(m.i for m in members), *(b.i for b in _backing_words_on(members))}
    against = next(
        (
            t
            for t in prep.doc[prep.i + 1 : prep.sent.end]
            if t.lower_ in parting and t.dep_ == "prep" and t.head.i in heads
        ),
        None,
    )
    if against is None:
        return None
    enemies = [m for o in against.children if o.dep_ == "pobj" for m in _coordinated(o, ctx)]
    return _both(_named_in(prep.i + 1, against.i, ctx), enemies)


def _backing_words_on(members: list[Any]) -> list[Any]:
    """The backing participles of the members ("B backed by X against C" hangs the "against"
    on "backed")."""
    backing = get_lexicon().relation_words("backing_words")
    return [c for m in members for c in m.children if c.dep_ == "acl" and lemma_of(c) in backing]


def _both(first: list[Mention], second: list[Mention]) -> Sides | None:
    return (first, second) if first and second else None


def _phrase_in(start: int, end: int, key: str, doc: Any) -> tuple[int, int] | None:
    """Where the first phrase of the list ``key`` stands in ``doc[start:end]``, as
    (first token, token after it)."""
    for phrase in sorted(_tie_words(key), key=len, reverse=True):
        size = len(phrase.split())
        for i in range(start, end - size + 1):
            if " ".join(t.lower_ for t in doc[i : i + size]) == phrase:
                return i, i + size
    return None


def _named_in(start: int, end: int, ctx: ArticleContext) -> list[Mention]:
    """The actors named in ``doc[start:end]`` in order, without their backers."""
    found: list[Mention] = []
    for i in range(start, end):
        mention = ctx.actor_at.get(i)
        if mention is None or mention in found or _backer(ctx.doc[i], start):
            continue
        found.append(mention)
    return found


def _backer(tok: Any, start: int) -> bool:
    """ "B, backed by X" (X under a backing participle after ``start``), "the X-backed B"
    (X right before a backing participle)."""
    backing = get_lexicon().relation_words("backing_words")
    above = [a for a in tok.ancestors if a.i >= start]
    if any(lemma_of(a) in backing and a.dep_ == "acl" for a in above):
        return True
    rest = [t for t in tok.doc[tok.i + 1 : tok.i + 3] if t.text != "-"][:1]
    return bool(rest) and lemma_of(rest[0]) in backing


def _coordinated(noun: Any, ctx: ArticleContext) -> list[Mention]:
    found = [actor_near(ctx, t, depth=1) for t in (noun, *noun.conjuncts)]
    return [m for m in found if m is not None]


def _tie_words(key: str) -> frozenset[str]:
    return get_lexicon().tie_words(key)
