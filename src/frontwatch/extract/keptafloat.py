"""A side kept afloat or alive by another is backed by it: "the regime, kept afloat by
Russian bombers and by Iranian money", "Tehran keeps the Houthis going with missiles".

The parser reads "kept" of the reduced relative as the clause's verb with the side as
subject and "by" as a plain preposition, so the backing cues of relcues.py never see a
passive; the state words (``kept_going_words``) are the cue. The backer must be named: "kept
alive by machines" backs no one (``pair_of`` needs two actor mentions).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.arguments import first_actor
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.lexicon import lemma_of
from frontwatch.extract.relcues import Pair, pair_of, words
from frontwatch.extract.relsubjects import acting_subject


def kept_going_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """``tok`` a state word ("afloat", "alive") on a verb of keeping: its "by" objects back
    the subject (passive or reduced relative), or the subject backs the object (active)."""
    verb = tok.head
    if tok.lower_ not in words("kept_going_words") or lemma_of(verb) != "keep" or verb.i == tok.i:
        return
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    subject = acting_subject(verb, ctx)
    if objects:  # "Tehran keeps the regime alive"
        yield from pair_of("backs", actor_near(ctx, subject), first_actor(objects, ctx), verb)
        return
    backed = actor_near(ctx, subject) if subject is not None else None
    if backed is None and verb.dep_ in ("acl", "relcl"):
        backed = actor_near(ctx, verb.head)  # "the regime, kept afloat by ..."
    for by in _bys(verb):
        for noun in (g for g in by.children if g.dep_ == "pobj"):
            for giver in (noun, *noun.conjuncts):
                yield from pair_of("backs", _giver(giver, ctx), backed, verb)


def _bys(verb: Any) -> list[Any]:
    """The verb's "by" (a preposition or an agent) and the "by"s joined to it."""
    firsts = [c for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"]
    return [*firsts, *(c for b in firsts for c in b.conjuncts if c.lower_ == "by")]


def _giver(noun: Any, ctx: ArticleContext) -> Any | None:
    """The side a "by" object names: itself, or a name on it ("Iranian money")."""
    own = ctx.actor_at.get(noun.i)
    if own is not None:
        return own
    named = (ctx.actor_at.get(c.i) for c in noun.children if c.dep_ in ("amod", "compound", "poss"))
    return next((m for m in named if m is not None), None)
