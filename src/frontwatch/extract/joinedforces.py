"""Sides that join another's troops: "tribal fighters joined government forces in the push
on T", "Shiite and Kurdish militiamen have joined Iraqi soldiers in the province": the one
who joins fights beside the troops joined, so the two are allies.

Only troops joined ("joined the army's soldiers", not "joined the rebels", which may be
membership, nor "joined talks"), and only armed sides on both ends. The verbs and the
force nouns are data (``relations.yaml``: ``article_ties.joining_verbs``,
``article_ties.joined_force_nouns``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.armed import armed
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.relcues import Pair
from frontwatch.extract.relsubjects import acting_subject
from frontwatch.extract.sidelists import coordinated_actors, coordinated_modifiers, one_body
from frontwatch.records import Mention


def joined_force_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "X joined Y troops": X and Y are allies."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _tie_words("joining_verbs"):
        return
    troops = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if troops is None or troops.lemma_.lower() not in _tie_words("joined_force_nouns"):
        return
    joined = actor_near(ctx, troops, depth=1)
    if joined is None or not armed(joined.actor_id, ctx):
        return
    for joiner in _joiners(tok, ctx):
        if joiner is not joined and not one_body(joiner, joined, ctx):
            yield "allied", joiner, joined, tok


def _joiners(verb: Any, ctx: ArticleContext) -> list[Mention]:
    """The armed sides of the subject: "X and Y", "Shiite and Kurdish militiamen"."""
    subj = acting_subject(verb, ctx)
    if subj is None:
        return []
    found = coordinated_modifiers(subj, ctx) or coordinated_actors(subj, ctx)
    return [m for m in found if armed(m.actor_id, ctx)]


def _tie_words(key: str) -> frozenset[str]:
    return get_lexicon().tie_words(key)
