"""Who a pronoun subject stands for when its clause names no one else: the speaker of the
clause above ("Rebels said they had shot down a jet"), or, under a passive, whichever of the
agent and the passive's subject agrees with it in number ("the unit was ambushed by the
militants as it shelled the village": the unit)."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.context import (
    ArticleContext,
    actor_near,
    clause_head,
    clause_tokens,
    doer_near,
)
from frontwatch.extract.prepobjects import pobjs
from frontwatch.extract.verbsubjects import passive_agent_noun, subject_of
from frontwatch.records import Mention

# Clauses whose pronoun subject is the subject above: "X said they ...", "X declared victory
# when they announced they had taken T".
_SPEAKER_CHAIN = frozenset({"ccomp", "conj", "xcomp", "advcl"})


def speaker_subject(verb: Any, ctx: ArticleContext) -> Mention | None:
    """ "Rebels said they had shot down...": a pronoun subject is the speaker."""
    current = verb
    while current.dep_ in _SPEAKER_CHAIN and current.head.i != current.i:
        adverbial = current.dep_ == "advcl"
        current = current.head
        subj = subject_of(current)
        if subj is None or subj.pos_ == "PRON":
            continue
        if adverbial and subj.dep_ == "nsubjpass":
            return _passive_pronoun_doer(subject_of(verb), current, subj, ctx)
        if adverbial and _names_another_actor(current, subj, ctx):
            return None  # "X supports Y as they advance": they may be either
        return actor_near(ctx, subj)
    return None


def told_by_a_pronoun(event_id: str, ctx: ArticleContext) -> bool:
    """ "X were pushed back by Y when they shelled T": the act's subject is a pronoun in a
    clause told of a passive, and both its agent and its subject agree with it; either side
    may be meant, so no other act's sides are its own."""
    token = ctx.trigger_token(event_id)
    if token is None:
        return False
    verb = clause_head(token)
    pronoun, passive = subject_of(verb), verb.head
    if pronoun is None or pronoun.pos_ != "PRON" or verb.dep_ != "advcl":
        return False
    undergoer = next((c for c in passive.children if c.dep_ == "nsubjpass"), None)
    agent = passive_agent_noun(passive) or next(iter(pobjs(passive, frozenset({"by"}))), None)
    if undergoer is None or agent is None:
        return False
    return _plural(agent) == _plural(pronoun) == _plural(undergoer)


def _passive_pronoun_doer(
    pronoun: Any | None, verb: Any, undergoer: Any, ctx: ArticleContext
) -> Mention | None:
    """ "The Kurdish fighters were beaten by a militant group as it swept on": the pronoun
    of a clause told of a passive is whichever of the agent and the passive's subject
    agrees with it in number ("it" the group); both or neither: no one."""
    agent = passive_agent_noun(verb) or next(iter(pobjs(verb, frozenset({"by"}))), None)
    if pronoun is None:
        return None
    fits = [n for n in (agent, undergoer) if n is not None and _plural(n) == _plural(pronoun)]
    return doer_near(ctx, fits[0]) if len(fits) == 1 else None


def _plural(tok: Any) -> bool:
    """ "they", "forces", "jets": plural by tag or morphology; "it", "the unit" are not."""
    return tok.tag_ in ("NNS", "NNPS") or "Plur" in tok.morph.get("Number")


def _names_another_actor(head: Any, subj: Any, ctx: ArticleContext) -> bool:
    own = {t.i for t in subj.subtree}
    return any(t.i in ctx.actor_at and t.i not in own for t in clause_tokens(head))
