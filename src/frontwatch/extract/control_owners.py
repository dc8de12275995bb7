"""Whose forces "his troops" and "their forces" are in reported speech: the speaker's.

"Shoigu has said his troops have seized the town of T", "military sources in the LNA said
their forces had withdrawn from T": the possessive names the speaker's side, whatever the
article's country would make of "troops" alone (a Russian minister's troops are not
Ukraine's because the town lies in Ukraine). The taker of a capture, or the side that
withdrew, is then the speaker's side; a speaker of no side (a resident, a reporter, a
person who commands nobody) leaves the record as it was.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from frontwatch.extract.arguments import pobjs
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import lemma_of
from frontwatch.extract.observations import Observation, actor_of, control_words, is_combatant
from frontwatch.extract.verbsubjects import subject_of
from frontwatch.records import Mention

_SPEAKER_PREPS = frozenset({"in", "from", "of", "for", "with"})  # "sources in the LNA"
_MEMBER_OF = frozenset({"of", "from"})  # "forces of the KIA", "fighters from the TPLF"


def speakers_own_forces(obs: Observation, ctx: ArticleContext) -> Observation:
    """Give a capture or withdrawal told of "his/their forces" in reported speech the
    speaker's side as its taker or the side that left, where the words were read as
    another side's (the article's country's "troops"); an open taker is the context's."""
    if obs.kind not in ("capture", "withdrawal") or (obs.kind == "capture" and obs.new is None):
        return obs  # a taker the words leave open comes from the context first (takers.py)
    speaker = owning_speaker(obs.trigger, ctx)
    told = obs.new if obs.kind == "capture" else obs.previous
    if speaker is None or (told is not None and _same_side(told, speaker, ctx)):
        return obs  # "their forces" read as the speaker's own arm (the TPLF's TDF) stay so
    if obs.kind == "capture":
        return replace(obs, new=speaker)
    return replace(obs, previous=speaker) if obs.previous is not None else obs


def forces_of_a_named_side(obs: Observation, ctx: ArticleContext) -> Observation:
    """ "Combined forces of the KIA and the PDF captured T", "troops of the 6th Division
    entered T": a capture whose subject is men of a named side is the first side's, also
    where the words gave no taker or the parser split off the second side as a subject."""
    if obs.kind != "capture" or obs.trigger.pos_ != "VERB":
        return obs
    # the parser may split "forces of X and Y" into two subjects: the first is the men's
    subjects = [c for c in obs.trigger.children if c.dep_ == "nsubj"][:1] or [
        subject_of(obs.trigger)
    ]
    subject = subjects[0]
    if subject is None or lemma_of(subject) not in control_words("own_force_nouns"):
        return obs
    if obs.new is not None and obs.new.actor_id and obs.new.start <= subject.idx:
        return obs  # a side the words name before "forces of" stands
    sides = [g for g in pobjs(subject, _MEMBER_OF) for g in (g, *g.conjuncts)]
    named = next((m for m in (actor_of(g, ctx) for g in sides) if m is not None), None)
    return replace(obs, new=named) if named is not None and is_combatant(named, ctx) else obs


def owning_speaker(verb: Any, ctx: ArticleContext) -> Mention | None:
    """The speaker whose side "his troops", "their forces" (the verb's subject) are."""
    subject = subject_of(verb) if verb.pos_ == "VERB" else None
    if subject is None or not _own_forces(subject):
        return None
    speaker = _speaker(verb, ctx)
    return speaker if speaker is not None and _has_a_side(speaker, ctx) else None


def _same_side(one: Mention, other: Mention, ctx: ArticleContext) -> bool:
    """Two mentions of one side: the same top, or one a member or arm of the other."""
    kb, date = ctx.kb, ctx.published
    a, b = kb.side_for(one.actor_id, date), kb.side_for(other.actor_id, date)
    if not a or not b:
        return False
    return (
        kb.top_of(a) == kb.top_of(b)
        or b in kb.umbrellas_of(a, date)
        or a in kb.umbrellas_of(b, date)
    )


def _own_forces(subject: Any) -> bool:
    """ "his troops", "their forces", "its soldiers": men a possessive pronoun owns."""
    return lemma_of(subject) in control_words("own_force_nouns") and any(
        c.dep_ == "poss" and c.lower_ in control_words("owner_pronouns") for c in subject.children
    )


def _speaker(verb: Any, ctx: ArticleContext) -> Mention | None:
    """Who says the clause: the side the speech verb's subject belongs to ("military
    sources in the LNA said"), else that subject."""
    clause = verb.head if verb.dep_ == "conj" else verb
    if clause.dep_ != "ccomp" or lemma_of(clause.head) not in control_words("speech_verbs"):
        return None
    said_by = subject_of(clause.head)
    if said_by is None:
        return None
    # "fighters from the TPLF announced": the group the speakers belong to, before the class
    member = next(
        (m for m in (actor_of(g, ctx) for g in pobjs(said_by, _SPEAKER_PREPS)) if m), None
    )
    return member or actor_of(said_by, ctx)


def _has_a_side(speaker: Mention, ctx: ArticleContext) -> bool:
    """An armed side, or a person who commands one at the report's date."""
    actor = ctx.kb.get(speaker.actor_id) if speaker.actor_id else None
    if actor is not None and actor.type == "person":
        return bool(ctx.kb.command_of(speaker.actor_id, ctx.published))
    return is_combatant(speaker, ctx)
