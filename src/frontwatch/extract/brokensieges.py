"""A siege another side laid, broken or lifted: "troops broke the rebels' siege of T",
"government forces lifted the insurgents' siege of the towns of A and B", "X ended the
siege imposed by Y on T". The siege is the deed of whoever laid it (a COERCE of that side
at T, which did happen), and lifting it is no retreat of the side that broke it; a siege
with no one named as its owner ("broke the siege of T") is left to the undoing rule, and a
side lifting its own ("the rebels lifted their siege") still withdraws; a siege lifted in the
passive ("the siege was lifted in February") names no side that withdrew. Words are data
(``relations.yaml``: ``siege_breaking_verbs``, ``siege_nouns``, ``agent_preps``).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.arguments import OWNER_DEPS
from frontwatch.extract.context import ArticleContext, actor_near, first_actor
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.prepobjects import pobjs
from frontwatch.extract.relpairs import words
from frontwatch.extract.verbsubjects import subject_of
from frontwatch.records import Mention


def siege_owner(siege: Any, ctx: ArticleContext) -> Mention | None:
    """Who laid the siege: "the Islamic State's siege", "the ISIS siege", "the siege imposed
    by Y"."""
    named = _named_owner(siege, ctx)
    if named is not None:
        return named
    laid = [c for c in siege.children if c.dep_ == "acl"]
    return (
        first_actor(pobjs(laid[0], get_lexicon().tie_words("agent_preps")), ctx) if laid else None
    )


def _named_owner(siege: Any, ctx: ArticleContext) -> Mention | None:
    return first_actor([c for c in siege.children if c.dep_ in OWNER_DEPS], ctx)


def _breaking_verb(verb: Any) -> bool:
    return verb.pos_ == "VERB" and lemma_of(verb) in words("siege_breaking_verbs")


def broken_siege(verb: Any) -> Any | None:
    """The siege noun a verb of breaking has as its object ("broke the siege"), else None."""
    if not _breaking_verb(verb):
        return None
    sieges = [c for c in verb.children if c.dep_ == "dobj"]
    return sieges[0] if sieges and lemma_of(sieges[0]) in words("siege_nouns") else None


def others_siege_broken(siege: Any, ctx: ArticleContext, *, told_by_owner: bool = True) -> bool:
    """The noun names a siege that a side broke or lifted and that another side laid; with
    ``told_by_owner``, a side the noun's own modifiers name ("the rebels' siege"), whom the
    noun's act is read as done by ("the siege imposed by Y" would give the breaker)."""
    broken = broken_siege(siege.head) if siege.dep_ == "dobj" else None
    if broken is None or broken.i != siege.i:
        return False
    owner = _named_owner(siege, ctx) if told_by_owner else siege_owner(siege, ctx)
    if owner is None:
        return False
    breaker = actor_near(ctx, subject_of(siege.head))
    return breaker is None or breaker.actor_id != owner.actor_id


def lifts_others_siege(verb: Any, ctx: ArticleContext) -> bool:
    """ "X lifted Y's siege of T": the verb tells no retreat of X; nor does "the siege was
    lifted (by X)": a siege lifted in the passive names no side that withdrew (the side
    named, if any, broke it)."""
    siege = broken_siege(verb)
    return (siege is not None and others_siege_broken(siege, ctx, told_by_owner=False)) or (
        _lifted_in_the_passive(verb)
    )


def _lifted_in_the_passive(verb: Any) -> bool:
    return _breaking_verb(verb) and any(c.dep_ == "nsubjpass" and lemma_of(c) in words("siege_nouns") for c in verb.children)
