"""The named leader of a class of fighters as the doer: "rebel factions led by X launched an
attack", "an alliance of Islamist groups headed by X stormed T". A class noun ("groups",
"factions", "an alliance of ...") says who fought only loosely; the group a participle of
leading names (``heading_verbs`` in relations.yaml) is the side reporting holds responsible.
A name ("the SDF, led by the YPG") stays the doer: only common nouns give way, and never to a
person ("fighters led by a local commander"); so does a common noun whose own mention the KB takes
for a named side ("the coalition led by Saudi Arabia" is the Saudi-led coalition, not Saudi Arabia's army):
only a class (``GEN_``) gives way to its leader, and to a state only when it has no sector of
its own ("forces led by Turkey", not "militias led by Iran").
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.context import GENERIC_PREFIX, ArticleContext, actor_near, anti_mention
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.prepobjects import pobjs
from frontwatch.records import Mention


def led_doer(subj: Any | None, ctx: ArticleContext) -> Mention | None:
    """The group leading the class noun ``subj`` (or the members an "of" phrase names), None
    when the subject is a name or no group leads it."""
    if subj is None or subj.pos_ != "NOUN":
        return None
    named = ctx.actor_at.get(subj.i)  # the noun's own mention, not a modifier's ("Syrian opposition groups")
    if named is not None and not named.actor_id.startswith(GENERIC_PREFIX):
        return None  # "the coalition led by Saudi Arabia": the named coalition did it
    own = actor_near(ctx, subj, depth=1)
    for held in (subj, *pobjs(subj, frozenset({"of"}))):
        leader = _leader_of(held, ctx)
        if leader is not None and (own is None or leader.actor_id != own.actor_id) and leads_as_doer(own, leader, ctx):
            return leader
    return None


def leads_as_doer(own: Mention | None, leader: Mention, ctx: ArticleContext) -> bool:
    """Whether the leader did what the class it leads did: a state only for a class of no
    sector of its own ("forces led by Turkey"), not "militias led by Iran" (as a phrase's
    "Iranian-led militias" stay militias, kb/actors/ledclasses.py)."""
    state = ctx.kb.get(leader.actor_id)
    kind = ctx.kb.get(own.actor_id) if own is not None and own.actor_id.startswith(GENERIC_PREFIX) else None
    states = get_lexicon().relation_words("state_leader_types")
    return not (state is not None and state.type in states and kind is not None and kind.sector)


def _leader_of(noun: Any, ctx: ArticleContext) -> Mention | None:
    from frontwatch.extract.relsubjects import is_person, named_in_apposition  # a cycle at import

    heading = get_lexicon().relation_words("heading_verbs")
    for child in noun.children:
        if child.dep_ != "acl" or child.tag_ != "VBN" or lemma_of(child) not in heading:
            continue
        agents = pobjs(child, frozenset({"by"}))
        if not agents:
            return None
        leader = ctx.actor_at.get(named_in_apposition(agents[0]).i) or actor_near(ctx, agents[0], depth=1)
        if leader is None or leader.actor_id.startswith(GENERIC_PREFIX) or is_person(leader, ctx):
            return None
        return None if anti_mention(leader, ctx) else leader
    return None
