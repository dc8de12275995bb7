"""The side an act overcame, told in a clause of its own: "X took the town after Y were
defeated", "X overran the base when its defenders were routed", "X entered the city as Y
were forced out".

The passive clause's subject lost to the act, so it is the act's target; its "by" agent,
when the act names no doer, is the doer (``losing_verbs`` in events.yaml).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.armed import FIGHTING_CLASSES, armed_side
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
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children)
        if passive and _forced_back(clause):
            return clause
    return None


def _forced_back(clause: Any) -> bool:
    """ "were forced to withdraw", "were driven out": a coercion loses ground only when what
    it forces is a pull-back ("residents were forced to flee" lost no fight);
    ``forced_losing`` in events.yaml. Other losing verbs ("defeated", "routed") lose as such."""
    forced = get_lexicon().events["forced_losing"]
    if lemma_of(clause) not in forced["verbs"]:
        return True
    return any(
        (c.dep_ == "xcomp" and lemma_of(c) in forced["pull_backs"])
        or (c.dep_ == "prt" and c.lower_ in forced["particles"])
        for c in clause.children
    )


def defeated_side(anchor: Any, ctx: ArticleContext) -> tuple[Mention | None, Mention | None]:
    """(doer, loser) the losing clause names; (None, None) without one."""
    clause = losing_clause(anchor) if _attacking_verb(anchor) else None
    if clause is None:
        return None, None
    agents = pobjs(clause, _AGENT)
    doer = doer_near(ctx, agents[0]) if agents else None
    loser = actor_near(ctx, subject_of(clause), depth=1)
    if loser is not None and not _a_fighting_side(loser, ctx):
        loser = None  # "after residents fled", "after UN peacekeepers withdrew": no foe beaten
    return doer, loser


def _a_fighting_side(loser: Mention, ctx: ArticleContext) -> bool:
    """An armed side of the war: not civilians, aid groups or the press (``unarmed_sectors``)
    nor a mission standing apart from it (``neutral_sectors`` in events.yaml: UN peacekeepers)."""
    actor = ctx.kb.get(ctx.kb.side_for(loser.actor_id or "", ctx.published))
    if actor is None or actor.sector in get_lexicon().events["forced_losing"]["neutral_sectors"]:
        return False
    return armed_side(actor, classes=FIGHTING_CLASSES, governing=True)


def _attacking_verb(anchor: Any) -> bool:
    """An attack or a taking of ground ("captured", "stormed"): not "withdrew after Y were
    routed" or "signed a deal after Y was defeated", whose sides lost nothing to them."""
    events = get_lexicon().events
    if anchor.pos_ != "VERB":
        return False
    entry = events["verbs"].get(lemma_of(anchor)) or {}
    attacking = events["attacking_types"]
    return entry.get("type") in attacking or entry.get("territory_type") in attacking
