"""How an act noun's phrase names its sides: shared modifiers of coordinated nouns, the
object an act noun harmed, the count word standing in the act's slot, and a participle the
parser hung on the doer, and the people a side uses as a means ("as human shields"). Used
by ``arguments.noun_arguments``; the words are data (``events.yaml``: ``harm_verbs``,
``quantity_nouns``, ``use_verbs``).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.armed import FIGHTING_CLASSES, armed_side
from frontwatch.extract.context import ArticleContext, actor_near, doer_near
from frontwatch.extract.holders import aimed_at
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.passives import is_passive
from frontwatch.extract.prepobjects import aims_of_an_act, pobjs
from frontwatch.extract.verbsubjects import subject_of
from frontwatch.records import Mention

_NOUN_MODIFIERS = frozenset({"amod", "compound", "poss", "nmod", "npadvmod"})


def modifiers(noun: Any) -> list[Any]:
    """The noun's own modifiers, then those of the noun it is coordinated with: in
    "coalition air and artillery strikes" the coalition's strikes are both."""
    mods = [c for c in noun.children if c.dep_ in _NOUN_MODIFIERS]
    if noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        mods += [c for c in noun.head.children if c.dep_ in _NOUN_MODIFIERS]
    return mods


def harmed(noun: Any, ctx: ArticleContext) -> Mention | None:
    """ "five strikes damaged an ISIL camp": the object of the harm an act noun did."""
    verb = noun.head
    if noun.dep_ != "nsubj" or lemma_of(verb) not in get_lexicon().events["harm_verbs"]:
        return None
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return actor_near(ctx, objs[0], depth=1) if objs else None


def held_of(noun: Any, ctx: ArticleContext) -> Mention | None:
    """ "the detention of six ISIS operatives", "the arrest of two PKK members", "the
    abduction of a militia commander": whom a seizing of persons (a noun of a mode in
    ``undergoer_of_modes``, events.yaml) takes is its "of" object."""
    events = get_lexicon().events
    entry = events["nouns"].get(lemma_of(noun)) or {}
    if entry.get("mode") not in events["undergoer_of_modes"]:
        return None
    objs = pobjs(noun, frozenset({"of"}))
    return actor_near(ctx, objs[0], depth=1) if objs else None


def besieged(noun: Any, ctx: ArticleContext) -> Mention | None:
    """ "the siege of two Syrian army bases", "laid siege to an Iraqi army base": whose
    ground a siege noun (``besieging_nouns``) closes in, by the owner named on it or its
    holder (``besieged_preps``, events.yaml)."""
    events = get_lexicon().events
    if lemma_of(noun) not in events["besieging_nouns"]:
        return None
    return aimed_at(aims_of_an_act(noun, frozenset(events["besieged_preps"])), ctx)


def quantity_of(noun: Any) -> Any:
    """ "launched a wave of air strikes", "carried out dozens of raids": the quantity
    word holds the act's place in the clause (the noun itself otherwise)."""
    holder = noun.head.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or holder.i == noun.head.i:
        return noun
    counted = any(c.dep_ == "nummod" for c in holder.children)
    words = get_lexicon().events["quantity_nouns"]
    return holder if counted or holder.lemma_.lower() in words else noun


def acts_on_its_head(verb: Any, noun: Any) -> bool:
    """ "the coalition conducted 55 strikes" parsed as a participle on "coalition": a
    participle that takes the act as its object is active, and its head noun is the doer."""
    return bool(verb.dep_ == "acl" and noun.dep_ == "dobj" and noun.head.i == verb.i)


def gerund_object(noun: Any, ctx: ArticleContext) -> Mention | None:
    """ "the bombing of civilians", "the regime's shelling of rebel districts": a noun made
    of a verb's -ing form takes that verb's object with "of", where "the attack of" or "the
    offensive of" may name either side. With no doer of its own ("by X", a possessive),
    "the shelling of the army" may name the shooter: an armed side there is no target."""
    if noun.pos_ != "NOUN" or not noun.lower_.endswith("ing"):
        return None
    objs = pobjs(noun, frozenset({"of"}))
    found = actor_near(ctx, objs[0], depth=1) if objs else None
    if found is None or _has_own_doer(noun):
        return found
    armed = armed_side(ctx.kb.get(found.actor_id), classes=FIGHTING_CLASSES, governing=True)
    return None if armed else found


def _has_own_doer(noun: Any) -> bool:
    """ "the regime's shelling of", "the bombing by X of": the doer is named apart."""
    return any(
        c.dep_ == "poss" or (c.dep_ in ("prep", "agent") and c.lower_ == "by")
        for c in noun.children
    )


def operation_owner(noun: Any, ctx: ArticleContext) -> Mention | None:
    """ "the campaign of the Iraqi army against IS", "an operation of X in T against Y": with
    its enemy named by "against", the "of" of an operation noun (``co_agent_nouns`` in
    relations.yaml) names whose operation it is; alone ("the offensive of the army") it may
    name either side."""
    owner, enemy = _owner_and_enemy(noun)
    return actor_near(ctx, owner, depth=1) if owner is not None and enemy is not None else None


def operation_enemy(noun: Any, ctx: ArticleContext) -> Mention | None:
    """ "the offensive of X against Y" with "against" hung by the parser on X: Y."""
    owner, enemy = _owner_and_enemy(noun)
    return actor_near(ctx, enemy, depth=1) if owner is not None and enemy is not None else None


def _owner_and_enemy(noun: Any) -> tuple[Any, Any]:
    """The tokens of an operation noun's "of" owner and "against" enemy (None for either
    not named), the enemy found on the noun or on its owner."""
    if lemma_of(noun) not in get_lexicon().relation_words("co_agent_nouns"):
        return None, None
    owners = pobjs(noun, frozenset({"of"}))
    holders = [noun, *owners[:1]]
    enemies = [o for h in holders for o in pobjs(h, frozenset({"against"}))]
    return (owners[0] if owners else None), (enemies[0] if enemies else None)


def pitted_sides(noun: Any, ctx: ArticleContext) -> tuple[Mention | None, Mention | None]:
    """ "the battle pitted X against Y", "fighting that pits X against Y", "a siege pitting X
    against Y": the act's doer is the one set against the other (``pitting_verbs`` in
    relations.yaml); (None, None) where the act is not the subject of such a verb."""
    pitting = get_lexicon().relation_words("pitting_verbs")
    # "the battle pitted X against Y"; "a siege pitting X against Y", "fighting that pits X"
    verbs = [noun.head] if noun.dep_ == "nsubj" else []
    verbs += [c for c in noun.children if c.dep_ in ("acl", "relcl")]
    verb = next((v for v in verbs if lemma_of(v) in pitting), None)
    if verb is None:
        return None, None
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    # the parser may hang "against" on the object: "pitting militants against the army"
    against = [o for h in (verb, *objs[:1]) for o in pobjs(h, frozenset({"against"}))]
    if not objs or not against:
        return None, None
    return actor_near(ctx, objs[0], depth=1), actor_near(ctx, against[0], depth=1)


def used_as(noun: Any, ctx: ArticleContext) -> tuple[Mention | None, Mention | None]:
    """ "X used civilians as human shields", "held villagers as shields", "civilians were used
    as shields by X": the user does the act and whom it uses undergoes it (``use_verbs`` in
    events.yaml); (user, used), None where the phrase names no one."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "as":
        return None, None
    verb, used = noun.head.head, None
    if verb.dep_ == "dobj":  # "held villagers as shields": the parser hangs "as" on the object
        verb, used = verb.head, verb
    if verb.pos_ != "VERB" or lemma_of(verb) not in get_lexicon().events["use_verbs"]:
        return None, None
    if is_passive(verb):
        return None, actor_near(ctx, subject_of(verb), depth=1)  # the "by" agent is read apart
    used = used or next((c for c in verb.children if c.dep_ == "dobj"), None)
    return doer_near(ctx, subject_of(verb)), actor_near(ctx, used, depth=1)
