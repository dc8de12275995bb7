"""A siege broken: "X broke the Islamic State's siege of T", "X lifted the siege imposed by
Y on T", "X ended the Y blockade of T". Whoever breaks a side's siege fights that side (the
siege's owner: its possessive or name modifier, or the "by" agent of the participle that
tells who laid it). The breaking verb is the trigger, so "X hopes to break the siege" is no
fact. Words are data (``relations.yaml``: ``siege_breaking_verbs``, ``siege_nouns``,
``agent_preps``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.arguments import OWNER_DEPS
from frontwatch.extract.context import ArticleContext, actor_near, first_actor
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.prepobjects import pobjs
from frontwatch.extract.relcues import Pair, pair_of, words
from frontwatch.extract.relsubjects import acting_subject
from frontwatch.records import Mention


def siege_breaking_pairs(verb: Any, ctx: ArticleContext) -> Iterator[Pair]:
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words("siege_breaking_verbs"):
        return
    sieges = [c for c in verb.children if c.dep_ == "dobj"]
    if not sieges or sieges[0].lemma_.lower() not in words("siege_nouns"):
        return
    breaker = actor_near(ctx, acting_subject(verb, ctx))
    yield from pair_of("fights", breaker, _owner(sieges[0], ctx), verb)


def _owner(siege: Any, ctx: ArticleContext) -> Mention | None:
    """Who laid the siege: "the Islamic State's siege", "the ISIS siege", "the siege imposed
    by Y"."""
    named = first_actor([c for c in siege.children if c.dep_ in OWNER_DEPS], ctx)
    if named is not None:
        return named
    laid = [c for c in siege.children if c.dep_ == "acl"]
    return first_actor(pobjs(laid[0], get_lexicon().tie_words("agent_preps")), ctx) if laid else None
