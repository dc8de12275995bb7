"""Innocent people an act is aimed at, or innocent lives it takes, are civilians.

"ISIL has targeted innocent people", "the bombing took dozens of innocent lives", "attacks
taking scores of innocent lives", "troops shot unarmed men": the act's object, or the lives
its toll verb takes ("take", "claim", "cost": ``life_taking_verbs`` in cues.yaml), are people
or lives called innocent or unarmed (``civilian_adjectives``), so the act was done to
civilians, as reporting codes it. Bare people ("targeted people", "took 12 lives") name no
side (victims.py keeps them partyless); a party's name on them keeps the party.
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.prepobjects import pobjs
from frontwatch.extract.sides import CIVILIANS
from frontwatch.extract.victims import untargeted_hostile_acts
from frontwatch.records import Event

_AIM_PREPS = frozenset({"against", "on"})
_OF = frozenset({"of"})
_TOLD_WITH = frozenset({"acl", "relcl", "advcl", "conj"})


def innocents_hit_are_civilians(events: list[Event], ctx: ArticleContext) -> None:
    """Make civilians, in place, the target of a hostile act with none that is aimed at, or
    takes the lives of, people called innocent or unarmed (see the module docstring)."""
    for event, trigger in untargeted_hostile_acts(events, ctx):
        hit = _aimed(trigger) + _lives_taken(trigger)
        if hit and all(_innocent(n, ctx) for n in hit):
            event.target_actor = CIVILIANS


def _aimed(trigger: Any) -> list[Any]:
    """The act's object and its "against"/"on" objects that are people words."""
    lex = get_lexicon()
    people = lex.casualty("person_nouns") | lex.casualty("civilian_nouns")
    found = [c for c in trigger.children if c.dep_ == "dobj"] + pobjs(trigger, _AIM_PREPS)
    return [n for n in found if lemma_of(n) in people]


def _lives_taken(trigger: Any) -> list[Any]:
    """The lives a toll verb on the act takes: "the bombing took dozens of innocent lives"
    (the act its subject), "attacks taking scores of innocent lives" (a clause on it)."""
    lex = get_lexicon()
    verbs = [c for c in trigger.children if c.dep_ in _TOLD_WITH]
    if trigger.dep_ == "nsubj":
        verbs.append(trigger.head)
    taking = [v for v in verbs if v.pos_ == "VERB" and lemma_of(v) in lex.casualty("life_taking_verbs")]
    objects = [o for v in taking for o in v.children if o.dep_ == "dobj"]
    lives = [*objects, *(p for o in objects for p in pobjs(o, _OF))]  # "dozens of lives"
    return [n for n in lives if lemma_of(n) in lex.casualty("life_nouns")]


def _innocent(noun: Any, ctx: ArticleContext) -> bool:
    """Called innocent or unarmed, and naming no party ("innocent Hezbollah fighters" are
    not read here)."""
    adjectives = get_lexicon().casualty("civilian_adjectives")
    if not any(c.dep_ == "amod" and c.lower_ in adjectives for c in noun.children):
        return False
    mention = ctx.actor_at.get(noun.i)
    return mention is None or mention.actor_id in ("", CIVILIANS)
