"""Which actors are sides of a fight, and which pairs are friends: the tests the
article-level ties share (extract/ties.py, extract/allyties.py). The words are data
(``relations.yaml``: ``article_ties.implied_ties``).
"""

from __future__ import annotations

from functools import cache

from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.kb.actors.antecedents import could_stand_for
from frontwatch.records import Claim, Relation

FIGHTS = "fights"
GENERIC_PREFIX = "GEN_"


@cache
def setting(key: str) -> frozenset[str]:
    """One word list of the article-level tie settings."""
    table: dict[str, list[str]] = get_lexicon().relations["article_ties"]["implied_ties"]
    return frozenset(table[key])


@cache
def _sideless() -> frozenset[str]:
    table: dict[str, list[str]] = get_lexicon().relations["article_ties"]
    return frozenset(table["sideless_classes"])


def takes_sides(relation: Relation, ctx: ArticleContext) -> bool:
    """A fights or allied tie whose two ends are sides of the war: not "troops" or
    "unidentified warplanes" of no one, nor a community (``sideless_classes``), nor a
    class and a named actor the class may be a name of ("the militants attacked ... al-
    Shabab said its fighters overran the base": the militants are al-Shabab)."""
    if relation.kind not in (FIGHTS, "allied"):
        return True
    ends = (relation.source_actor, relation.target_actor)
    if set(ends) & _sideless():
        return False
    return not any(
        _generic(a) and b and not _generic(b) and could_stand_for(ctx.kb, a, b)
        for a, b in (ends, ends[::-1])
    )


def _generic(actor_id: str) -> bool:
    return actor_id.startswith(GENERIC_PREFIX)


def plain(relation: Relation) -> bool:
    """A tie stated as fact (asserted, or attributed to a speaker)."""
    return plain_claim(relation.claim)


def plain_claim(claim: Claim) -> bool:
    return claim.certainty in ("asserted", "attributed")


def kb_friends(a: str, b: str, ctx: ArticleContext) -> bool:
    """The knowledge base ties the two sides (an edge of a friendly kind, either way, from
    either side or its organs: Hezbollah is allied with the Syrian government)."""
    kinds = setting("friendly_edges")
    top = ctx.kb.top_of
    edges = [*ctx.kb.related(a, date=ctx.published), *ctx.kb.related(b, date=ctx.published)]
    return any(e.kind in kinds and {top(e.source), top(e.target)} == {a, b} for e in edges)


def armed(actor_id: str, ctx: ArticleContext) -> bool:
    """A side that fights: a state, its forces, an armed group, a military alliance, or a
    class of insurgents; not a people, a party, an outlet or troops of no one."""
    actor = ctx.kb.get(actor_id) if actor_id else None
    if actor is None:
        return False
    if actor.type == "generic":
        return actor.sector in setting("enemy_class_sectors")
    return actor.type in setting("armed_types") or actor.sector in setting("armed_sectors")
