"""The sides of a passive backing cue ("Y, backed by X") that the parse hides.

``relcues._verbal_backing`` reads the participle's head as the one backed and its "by"
agent as the backer. Where neither names an actor, the words still say who:

- "backed by air strikes from the coalition": the parser hangs "from X" on the
  participle, not on the means; the owner of means of force is the backer;
- "the army and its allies, backed by Y": a later conjunct naming no one ("its allies")
  stands beside the first, and both are backed;
- "X captured T in an offensive backed by Y": the operation a deed was done in is the
  doer's, so the deed's doer is backed;
- "the war pits X, supported by Y, against Z": a participle set off by commas right after
  an object that names an actor describes that object (read only when the clause's own
  subject names no one).

Words are data (``relations.yaml``: ``combat_support_nouns``, ``co_agent_nouns``).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.context import ArticleContext, actor_near, first_actor
from frontwatch.extract.coordination import first_conjunct
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.operations import is_operation
from frontwatch.extract.prepobjects import pobjs
from frontwatch.extract.relsubjects import acting_subject
from frontwatch.records import Mention

_FROM = frozenset({"from"})
_SETTING_PREPS = frozenset({"in", "during", "through"})  # "took T in an offensive backed by Y"


def giver_of_means(verb: Any, agent: Any, ctx: ArticleContext) -> Mention | None:
    """ "backed by air strikes from X" with "from X" hung on the participle: X, when the
    agent is a means of force."""
    if agent.lemma_.lower() not in get_lexicon().tie_words("combat_support_nouns"):
        return None
    return first_actor(pobjs(verb, _FROM), ctx)


def hidden_backed(verb: Any, subj: Any | None, ctx: ArticleContext) -> Mention | None:
    """Who the participle backs when its head names no actor (None if the words do not say)."""
    if subj is None:
        return None
    if subj.dep_ == "conj" and first_conjunct(subj).i != subj.i:
        return actor_near(ctx, first_conjunct(subj), depth=1)
    if verb.dep_ == "acl" and is_operation(subj) and subj.dep_ == "pobj":
        prep = subj.head
        if prep.lower_ in _SETTING_PREPS and prep.head.pos_ == "VERB":
            return actor_near(ctx, acting_subject(prep.head, ctx), depth=1)
    return None


def object_described(verb: Any, ctx: ArticleContext) -> Mention | None:
    """ "pits X, supported by Y, against Z": the actor object just before the participle's
    comma."""
    if verb.dep_ != "advcl" or verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return None
    for obj in (c for c in verb.head.children if c.dep_ == "dobj"):
        if obj.right_edge.i == verb.i - 2:
            return actor_near(ctx, obj, depth=1)
    return None
