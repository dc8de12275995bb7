"""Who a relation's clause is about when its subject is a relative pronoun.

"Iran, which backs the Houthis" and "the Houthis, who are backed by Iran" state the tie
in a relative clause: its subject, "which" or "who", stands for the noun the clause hangs
on, and the relation cues read that noun as the side. ``doer_of`` reads a clause's doer
the same way, or its "by" agent when the clause is passive.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from frontwatch.extract.arguments import first_actor, passive_clause, pobjs
from frontwatch.extract.context import GENERIC_PREFIX, ArticleContext, actor_near
from frontwatch.extract.deedagents import deed_agent
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.relatives import relative_antecedent
from frontwatch.extract.verbsubjects import (
    apposed_subject_name,
    conjunct_described,
    role_noun,
    subject_of,
)
from frontwatch.records import Mention

_NAME_DEPS = frozenset({"compound", "amod", "poss"})
_BY = frozenset({"by"})

SubjectReader = Callable[[Any, ArticleContext], Mention | None]


def doer_of(
    verb: Any, ctx: ArticleContext, read_subject: SubjectReader | None = None
) -> Mention | None:
    """Who acts in a clause: the first "by" actor when it is passive ("captured by X with
    the aid of Y"), else the actor its acting subject names (``read_subject``, by default
    ``context.actor_near``)."""
    if passive_clause(verb):  # a bare participle ("forces backed by X") has no clause of its own
        return first_actor(pobjs(verb, _BY), ctx)
    subj = acting_subject(verb, ctx)
    if subj is None:
        return None
    found = read_subject(subj, ctx) if read_subject else actor_near(ctx, subj)
    return found or deed_agent(subj, ctx)  # "the offensive launched by X retook T": X


def acting_subject(verb: Any, ctx: ArticleContext) -> Any | None:
    """The verb's subject (``verbsubjects.subject_of``), a relative pronoun read as the noun it
    stands for ("Hezbollah, which fights alongside the army" -> Hezbollah) when that noun
    names an actor; None when it names no one ("forces that support X")."""
    subj = subject_of(verb)
    if subj is None:
        return None
    antecedent = relative_antecedent(subj)
    if antecedent is subj:
        return subj
    return antecedent if names_someone(antecedent, ctx) else None


def names_someone(noun: Any, ctx: ArticleContext) -> bool:
    """The noun, or a name it is built on ("the Kurdish YPG forces"), is an actor mention."""
    return noun.i in ctx.actor_at or any(
        c.i in ctx.actor_at for c in noun.children if c.dep_ in _NAME_DEPS
    )


def described_actor(noun: Any, ctx: ArticleContext) -> Mention | None:
    """The named actor a describing noun stands beside, when the noun itself names at most
    a class: "Hezbollah, an Iran-backed militia" and "the Houthi movement is an Iran-backed
    militia" describe Hezbollah and the Houthis, not Shiite militias in general."""
    own = actor_near(ctx, noun, depth=0)
    if own is not None and not own.actor_id.startswith(GENERIC_PREFIX):
        return None
    if noun.dep_ == "appos" and not role_noun(noun.head):
        named = conjunct_described(noun) or noun.head  # "X and Y, a militia ...": Y
    elif noun.dep_ == "appos":
        return None  # "the YPG's rivals, the Turkish-backed rebels": the rebels, not the YPG
    elif apposed_subject_name(noun) is not None:
        named = apposed_subject_name(noun)  # "X, Afghan fighters paid by Y, fought ...": X
    elif noun.dep_ == "attr" and noun.head.lemma_ == "be":
        named = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    elif noun.lower_ in ctx.kb.rules.command_heads:
        # "Saudi-backed forces of the exiled government": the government's forces
        named = next(iter(pobjs(noun, frozenset({"of"}))), None)
    else:
        return None
    found = actor_near(ctx, named, depth=1) if named is not None else None
    return found if found is not None and not found.actor_id.startswith(GENERIC_PREFIX) else None


def alliance_of_members(noun: Any) -> Any:
    """ "X, a coalition of groups led by Y": what Y leads is the coalition X, not the groups
    the parser hangs "led" on; any other noun is itself."""
    alliances = get_lexicon().relation_words("alliance_nouns")
    prep = noun.head
    # "X, a coalition of groups led by": X; "an alliance of rebel factions led by": the rebels
    of_alliance = prep.lower_ == "of" and lemma_of(prep.head) in alliances
    if noun.dep_ == "pobj" and of_alliance and prep.head.dep_ == "appos":
        noun = prep.head
    if noun.dep_ == "appos" and lemma_of(noun) in alliances:
        return noun.head  # the name the alliance noun describes
    return noun


def named_in_apposition(noun: Any) -> Any:
    """ "led by the al Qaeda affiliate in Syria, al-Nusra": the name, not the description
    (the parser may hang the name on the description's place)."""
    inside = [noun, *(o for p in noun.children if p.dep_ == "prep" for o in p.children)]
    names = (c for t in inside for c in t.children if c.dep_ == "appos" and c.pos_ == "PROPN")
    return next(names, noun)


def is_person(mention: Mention | None, ctx: ArticleContext) -> bool:
    """A leader who is a person; a group that leads an alliance is one of its members."""
    if mention is None or not mention.actor_id:
        return mention is not None and mention.label == "PERSON"
    actor = ctx.kb.get(mention.actor_id)
    return mention.actor_id.startswith("P_") or getattr(actor, "type", "") == "person"
