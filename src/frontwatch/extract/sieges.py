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

from frontwatch.extract.brokensieges import broken_siege, siege_owner
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.relcues import Pair, pair_of
from frontwatch.extract.relsubjects import acting_subject


def siege_breaking_pairs(verb: Any, ctx: ArticleContext) -> Iterator[Pair]:
    siege = broken_siege(verb)
    if siege is None:
        return
    breaker = actor_near(ctx, acting_subject(verb, ctx))
    yield from pair_of("fights", breaker, siege_owner(siege, ctx), verb)
