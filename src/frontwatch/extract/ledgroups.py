"""The named leader of a class of fighters as the doer: "rebel factions led by X launched an
attack", "an alliance of Islamist groups headed by X stormed T". A class noun ("groups",
"factions", "an alliance of ...") says who fought only loosely; the group a participle of
leading names (``heading_verbs`` in relations.yaml) is the side reporting holds responsible.
A name ("the SDF, led by the YPG") stays the doer: only common nouns give way, and never to a
person ("fighters led by a local commander").
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
    own = actor_near(ctx, subj, depth=1)
    for held in (subj, *pobjs(subj, frozenset({"of"}))):
        leader = _leader_of(held, ctx)
        if leader is not None and (own is None or leader.actor_id != own.actor_id):
            return leader
    return None


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
