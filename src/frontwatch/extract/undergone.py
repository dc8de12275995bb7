"""Sides an act noun takes from the verb that governs it, which the parser hangs there.

"Army positions came under attack by X", "the town has come under shelling from X": the
subject undergoes the act and X does it. "X claimed responsibility for the bombing", "X
took credit for the attack": X did it (``object_classes.owning`` in events.yaml). Used by
extract/arguments.py when the noun names no side of its own."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.armed import armed
from frontwatch.extract.context import ArticleContext, actor_near, first_actor
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.prepobjects import pobjs
from frontwatch.extract.verbsubjects import subject_of
from frontwatch.records import Mention

_AGENT_PREPS = frozenset({"by", "from"})


def responsible_for(noun: Any, ctx: ArticleContext) -> Mention | None:
    """The subject of the verb whose object ("responsibility", "credit") owns the act."""
    owner = noun.head.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "for" or owner.dep_ != "dobj":
        return None
    if lemma_of(owner) not in get_lexicon().object_class("owning"):
        return None
    subj = subject_of(owner.head)
    return actor_near(ctx, subj)


def undergone_by(noun: Any, ctx: ArticleContext) -> tuple[Mention | None, Mention | None]:
    """The doer ("by/from X" on the verb) and the undergoer (the verb's subject) of an act
    that something "came under"; (None, None) for any other noun."""
    prep = noun.head
    verb = prep.head
    if noun.dep_ != "pobj" or prep.lower_ != "under" or verb.pos_ not in ("VERB", "AUX"):
        return None, None
    return first_actor(pobjs(verb, _AGENT_PREPS), ctx), actor_near(ctx, subject_of(verb), depth=1)


def undergone_from_a_side(noun: Any, ctx: ArticleContext) -> bool:
    """ "Troops came under fire from X": an act only when X is an armed side; "the minister
    came under fire from critics" is blame, no attack."""
    doer, _undergoer = undergone_by(noun, ctx)
    return doer is not None and armed(doer.actor_id, ctx)
