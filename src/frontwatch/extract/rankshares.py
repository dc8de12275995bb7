"""A group that fills a share of another's ranks is a member and an ally of it: "the YPG
supplies most of the SDF's fighters", "Kurdish units provide the bulk of its ranks", "the
Nujaba brigade makes up half of the front's manpower", "the YPG makes up the majority of
the SDF".

The verb (``share_verbs``; "make" only with "up") has as object a share (``share_nouns``:
most, the bulk, half) "of" either the whole itself or its men (``ranks_nouns``: fighters,
ranks, commanders) with the whole as owner. A possessive pronoun ("its fighters") cannot
stand for the verb's own subject (extract/otherowners.py). Only groups of no state are tied
so: a state that provides another's fighters backs it or sends troops, and is read by the
backing cues; "its own fighters" and the shares of weapons or money name no membership.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.arguments import pobjs
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.otherowners import other_side_referred_to
from frontwatch.extract.relpairs import Pair, pair_of, words
from frontwatch.extract.relsubjects import acting_subject
from frontwatch.records import Mention

_OF = frozenset({"of"})


def rank_share_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """``tok`` a share verb: its subject is a member and an ally of the whole it fills."""
    if tok.pos_ not in ("VERB", "AUX") or lemma_of(tok) not in words("share_verbs"):
        return
    if lemma_of(tok) in get_lexicon().tie_words("particle_share_verbs") and not any(
        c.dep_ == "prt" and c.lower_ in get_lexicon().tie_words("share_particles") for c in tok.children
    ):
        return  # "made most of its gains": no share of men
    share = next((c for c in tok.children if c.dep_ == "dobj" and lemma_of(c) in get_lexicon().tie_words("share_nouns")), None)
    part = actor_near(ctx, acting_subject(tok, ctx), depth=1)
    if share is None or part is None or not _group_of_no_state(part, ctx):
        return
    whole = _whole(share, tok, part, ctx)
    if whole is None or whole.actor_id == part.actor_id or not _group_of_no_state(whole, ctx):
        return
    yield from pair_of("member_of", part, whole, tok)
    yield from pair_of("allied", part, whole, tok)


def _whole(share: Any, verb: Any, part: Mention, ctx: ArticleContext) -> Mention | None:
    """The side the share is of: named itself ("most of the SDF") or as the owner of its men
    ("the bulk of the SDF's fighters", "of the fighters of the SDF", "of its ranks")."""
    filled = next(iter(pobjs(share, _OF)), None)
    if filled is None:
        return None
    if lemma_of(filled) not in get_lexicon().tie_words("ranks_nouns"):
        return actor_near(ctx, filled, depth=0)
    if any(c.lower_ == "own" for c in filled.children):
        return None  # "most of its own fighters": the doer's men, no other side
    owner = next((c for c in filled.children if c.dep_ == "poss"), None)
    if owner is None:
        return next((actor_near(ctx, o, depth=1) for o in pobjs(filled, _OF)), None)
    if owner.pos_ != "PRON":
        return actor_near(ctx, owner, depth=1)
    return other_side_referred_to(verb, part, ctx, owner)


def _group_of_no_state(side: Mention, ctx: ArticleContext) -> bool:
    actor = ctx.kb.get(side.actor_id) if side.actor_id else None
    return actor is not None and actor.type in get_lexicon().tie_words("rank_share_types")


__all__ = ["rank_share_pairs"]
