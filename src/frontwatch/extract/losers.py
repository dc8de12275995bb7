"""The side an act overcame, told in a clause of its own: "X took the town after Y were
defeated", "X overran the base when its defenders were routed", "X entered the city as Y
were forced out".

The passive clause's subject lost to the act, so it is the act's target; its "by" agent,
when the act names no doer, is the doer (``losing_verbs`` in events.yaml).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.context import ArticleContext, actor_near, doer_near
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.prepobjects import pobjs
from frontwatch.extract.verbsubjects import subject_of
from frontwatch.records import Mention

_AGENT = frozenset({"by"})


def losing_clause(anchor: Any) -> Any | None:
    """The passive clause of losing hung on the act's verb ("after Y were defeated")."""
    losing = get_lexicon().events["losing_verbs"]
    for clause in anchor.children:
        if clause.dep_ != "advcl" or clause.lemma_.lower() not in losing:
            continue
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children):
            return clause
    return None


def defeated_side(anchor: Any, ctx: ArticleContext) -> tuple[Mention | None, Mention | None]:
    """(doer, loser) the losing clause names; (None, None) without one."""
    clause = losing_clause(anchor) if _attacking_verb(anchor) else None
    if clause is None:
        return None, None
    agents = pobjs(clause, _AGENT)
    doer = doer_near(ctx, agents[0]) if agents else None
    return doer, actor_near(ctx, subject_of(clause), depth=1)


def _attacking_verb(anchor: Any) -> bool:
    """An attack or a taking of ground ("captured", "stormed"): not "withdrew after Y were
    routed" or "signed a deal after Y was defeated", whose sides lost nothing to them."""
    events = get_lexicon().events
    if anchor.pos_ != "VERB":
        return False
    entry = events["verbs"].get(lemma_of(anchor)) or {}
    attacking = events["attacking_types"]
    return entry.get("type") in attacking or entry.get("territory_type") in attacking
