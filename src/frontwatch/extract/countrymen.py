"""Counted people of the land an act hits are its civilians, not its state.

"killing 30 Syrians", "executed dozens of Iraqis", "shot dead eight Syrians" near a Syrian
town: a plural demonym with a count names people of that country, not the state that the
name resolves to; where the act happened in that country, they are the people the act was
done to, and reporting codes them as civilians. Foreigners counted where they are abroad
("three Americans were killed at a base in Jordan") keep their state: they are often its
troops. Bare plurals with no count ("the Syrians bombed Aleppo") are not read here.

A people's adjective on a civilian noun ("a British aid worker", "an American journalist",
"three Kurdish farmers") tells where the victims come from, not that their state or people was
hit: wherever the act happened, it was done to civilians (``civilian_nouns``, ``child_nouns``,
``woman_nouns`` in cues.yaml); so does one on a whole people ("attacks against the Iraqi
people", "the Syrian population": ``populace_nouns``). "Army doctors", "Hezbollah medics" name a party, not a people,
and keep it.
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.context import ArticleContext
from frontwatch.extract.holders import civilian_words
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.prepobjects import pobjs
from frontwatch.extract.sentenceof import sentence_of
from frontwatch.extract.sides import CIVILIANS
from frontwatch.extract.victims import named_victims
from frontwatch.records import Event, Mention

_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_OF = frozenset({"of"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def countrymen_hit_are_civilians(events: list[Event], ctx: ArticleContext) -> None:
    """Make civilians, in place, the target of a hostile act whose victims are all counted
    people of the country it happened in, when it has no target or that country's state."""
    hostile = frozenset(get_lexicon().events["opponents"]["act_types"])
    for event in events:
        place = ctx.places.get(event.place_id) if event.place_id else None
        trigger = ctx.trigger_token(event.id)
        if event.type not in hostile or place is None or not place.country or trigger is None:
            continue
        if event.target_actor and not _the_state(event.target_actor, place.country, ctx):
            continue
        # "shot dead eight Syrians": no kill word's toll, the act's own object
        victims = named_victims(trigger) or [c for c in trigger.children if c.dep_ == "dobj"]
        if victims and all(
            _counted_countrymen(people_counted(v), place.country, ctx) for v in victims
        ):
            event.target_actor = CIVILIANS


def civilians_of_a_people_are_civilians(events: list[Event], ctx: ArticleContext) -> None:
    """Make civilians, in place, the target of a hostile act whose target is only the people's
    adjective on a civilian noun ("kidnapped a British aid worker": not Britain)."""
    hostile = frozenset(get_lexicon().events["opponents"]["act_types"])
    for event in events:
        trigger = ctx.trigger_token(event.id)
        if event.type not in hostile or not event.target_text or trigger is None:
            continue
        sent, doc = sentence_of(trigger), trigger.doc  # a Token only of an actor's word
        if any(
            _people_word_on_civilians(doc[i], event, ctx)
            for i in range(sent.start, sent.end)
            if i in ctx.actor_at
        ):
            event.target_actor = CIVILIANS


def _people_word_on_civilians(tok: Any, event: Event, ctx: ArticleContext) -> bool:
    """Whether ``tok`` is the event's target mention, a people's name (a demonym) that only
    modifies a civilian noun ("British" in "a British aid worker")."""
    mention = ctx.actor_at.get(tok.i)
    if mention is None or mention.actor_id != event.target_actor or mention.text != event.target_text:
        return False
    if tok.dep_ not in _MODIFIER_DEPS or not (mention.label == "NORP" or "demonym" in mention.note):
        return False
    head = tok.head
    people = civilian_words() | get_lexicon().casualty("populace_nouns")  # "the Iraqi people"
    return ctx.actor_at.get(head.i) in (None, mention) and head.lemma_.lower() in people


def _the_state(actor_id: str, country: str, ctx: ArticleContext) -> bool:
    actor = ctx.kb.actors.get(actor_id)
    return actor is not None and actor.type == "state" and actor.country == country


def _counted_countrymen(noun: Any, country: str, ctx: ArticleContext) -> bool:
    """ "30 Syrians", "dozens of Iraqis": a counted plural naming the state of ``country``
    by its people's name, not by its own ("Syria")."""
    mention = ctx.actor_at.get(noun.i)
    if (
        mention is None
        or noun.tag_ not in _PLURAL_TAGS
        or not _the_state(mention.actor_id, country, ctx)
    ):
        return False
    actor = ctx.kb.actors[mention.actor_id]
    return noun.lower_ != actor.name.lower() and _counted(noun)


def people_counted(noun: Any) -> Any:
    """ "dozens of Iraqis": the people a vague count is "of", else the noun itself."""
    if noun.lemma_.lower() not in get_lexicon().casualty("vague"):
        return noun
    return next(iter(pobjs(noun, _OF)), noun)


def counted_people(noun: Any, mention: Mention) -> bool:
    """ "two Palestinians", "dozens of Syrians": a counted plural of a people's name (not "40
    soldiers") names people, never the state the name resolves to (``tieguards`` drops a tie
    with such an end; ``owndead`` counts them as no side's own dead)."""
    people = mention.label == "NORP" or "demonym" in mention.note
    return people and noun.tag_ in _PLURAL_TAGS and _counted(noun)


def _counted(noun: Any) -> bool:
    """A number on the noun ("eight Syrians") or a vague count it is "of" ("dozens of")."""
    if any(c.dep_ == "nummod" for c in noun.children):
        return True
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    vague = get_lexicon().casualty("vague")
    return holder is not None and (
        holder.like_num or holder.lemma_.lower() in vague or holder.lower_ in vague
    )
