"""What a control cue observed, and the place and actor look-ups every control rule shares."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from frontwatch.extract.arguments import speaker_subject
from frontwatch.extract.context import ArticleContext, actor_near, clause_tokens
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.records import Mention


@dataclass
class Observation:
    kind: str
    trigger: Any
    place: Mention
    new: Mention | None = None
    previous: Mention | None = None
    # "rebel-held T", "the X pocket of T": the noun phrase takes the holding for granted,
    # so a plan or denial about the sentence's main act does not make it hypothetical.
    presupposed: bool = False


AGENT_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent"})


@cache  # the lexicon never changes within a process; this is on the hottest path
def control_words(key: str) -> frozenset[str]:
    return get_lexicon().control_words(key)


def place_in(tok: Any, ctx: ArticleContext) -> Mention | None:
    """The most precise place mention in a token's phrase (first on ties); nested clauses
    ("areas held by X battling to take T") name other places."""
    best = None
    for t in clause_tokens(tok):
        mention = ctx.place_at.get(t.i)
        if mention is None or (t.i in ctx.actor_at and not _capital_as_place(t, ctx)):
            continue
        if best is None or (mention.geo_precision or 9) < (best.geo_precision or 9):
            best = mention
    return best


def _capital_as_place(tok: Any, ctx: ArticleContext) -> bool:
    """ "stormed the capital Sanaa": a capital the KB reads as its government ("Sanaa
    said") is a place where it is not the one acting or owning."""
    return "capital" in ctx.actor_at[tok.i].note and tok.dep_ not in AGENT_DEPS


def actor_of(tok: Any | None, ctx: ArticleContext) -> Mention | None:
    """The actor a token names; a pronoun subject of reported speech is the speaker."""
    if tok is None:
        return None
    mention = actor_near(ctx, tok)
    if mention is None and tok.pos_ == "PRON":
        return speaker_subject(tok.head, ctx)
    return mention
