"""Innocent people an act is aimed at, or innocent lives it takes, are civilians.

"ISIL has targeted innocent people", "the bombing took dozens of innocent lives", "attacks
taking scores of innocent lives", "troops shot unarmed men": the act's object, or the lives
its toll verb takes ("take", "claim", "cost": ``life_taking_verbs`` in cues.yaml), are people
or lives called innocent or unarmed (``civilian_adjectives``), so the act was done to
civilians, as reporting codes it. Bare people ("targeted people", "took 12 lives") name no
side (victims.py keeps them partyless); a party's name on them keeps the party. The toll
may be told by a verb of causing deaths ("attacks that resulted in the deaths of 20
civilians", "caused the deaths of five children": ``death_causing_verbs``), and by a relative
clause hung on the place or site struck, also where the parser hangs that place on the verb
judging the act ("condemns the attacks in T in front of the council building that took
innocent lives").
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.context import ArticleContext
from frontwatch.extract.judged import judges
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.prepobjects import pobjs
from frontwatch.extract.sides import CIVILIANS
from frontwatch.extract.victims import (
    a_place_or_site,
    relative_on_its_ground,
    untargeted_hostile_acts,
)
from frontwatch.records import Event

_AIM_PREPS = frozenset({"against", "on"})
_OF = frozenset({"of"})
_PLACE_PREPS = frozenset({"in", "at", "near"})
_TOLD_WITH = frozenset({"acl", "relcl", "advcl", "conj"})


def innocents_hit_are_civilians(events: list[Event], ctx: ArticleContext) -> None:
    """Make civilians, in place, the target of a hostile act with none that is aimed at, or
    takes the lives of, people called innocent or unarmed, or that caused the deaths of
    civilians (see the module docstring)."""
    for event, trigger in untargeted_hostile_acts(events, ctx):
        hit = _aimed(trigger) + _lives_taken(trigger)
        dead = _deaths_caused(trigger)
        if (
            (hit or dead)
            and all(_innocent(n, ctx) for n in hit)
            and all(_civilian(n, ctx) for n in dead)
        ) or _called_terror(trigger, ctx):
            event.target_actor = CIVILIANS


def _called_terror(trigger: Any, ctx: ArticleContext) -> bool:
    """ "the barbaric terrorist attacks in T", "a terror bombing": an act the text calls
    terror (``terror_act_words``), with no target of its own, was done to civilians; one
    act told, with its article or a place of its own, not acts in general ("plotting terror
    attacks")."""
    words = get_lexicon().casualty("terror_act_words")
    if trigger.pos_ != "NOUN" or not any(
        c.dep_ in ("amod", "compound") and c.lower_ in words for c in trigger.children
    ):
        return False
    placed = any(o.i in ctx.place_at for o in pobjs(trigger, _PLACE_PREPS))
    return placed or any(c.dep_ == "det" for c in trigger.children)


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
    taking = [
        v for v in _told_toll_verbs(trigger) if lemma_of(v) in lex.casualty("life_taking_verbs")
    ]
    objects = [o for v in taking for o in v.children if o.dep_ == "dobj"]
    lives = [*objects, *(p for o in objects for p in pobjs(o, _OF))]  # "dozens of lives"
    return [n for n in lives if lemma_of(n) in lex.casualty("life_nouns")]


def _told_toll_verbs(trigger: Any) -> list[Any]:
    """The verbs that may tell the act's toll: a clause on the act, the verb the act is the
    subject of, or a relative clause hung on the place or site it struck ("the bombing in
    front of the council building that took innocent lives": victims.relative_on_its_ground)."""
    verbs = [c for c in trigger.children if c.dep_ in _TOLD_WITH]
    if trigger.dep_ == "nsubj":
        verbs.append(trigger.head)
    on_ground = [
        t for t in trigger.subtree if t.dep_ == "relcl" and t.i not in {v.i for v in verbs}
    ]
    verbs += [v for v in on_ground if relative_on_its_ground(v, trigger)]
    return [v for v in verbs + _on_judged_ground(trigger) if v.pos_ == "VERB"]


def _on_judged_ground(trigger: Any) -> list[Any]:
    """ "condemned the attack today in T in front of the council building that took innocent
    lives": the parser hangs the act's place on the verb judging it; a relative clause
    ("that", "which") on a place or site there tells the act's toll, for a place kills no one."""
    verb = trigger.head
    if trigger.dep_ != "dobj" or not judges(verb):
        return []
    phrases = [c for c in verb.children if c.dep_ == "prep" and c.i > trigger.i]
    return [
        t
        for p in phrases
        for t in p.subtree
        if t.dep_ == "relcl"
        and a_place_or_site(t.head)
        and any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in t.children)
    ]


def _deaths_caused(trigger: Any) -> list[Any]:
    """Whom the deaths the act caused were of: "attacks that resulted in the deaths of 20
    civilians", "the blast caused the deaths of five children" (``death_causing_verbs`` with
    a ``death_of_nouns`` object, cues.yaml)."""
    lex = get_lexicon()
    causing = [
        v for v in _told_toll_verbs(trigger) if lemma_of(v) in lex.casualty("death_causing_verbs")
    ]
    held = [o for v in causing for o in v.children if o.dep_ == "dobj"]
    held += [
        o
        for v in causing
        for p in v.children
        if p.dep_ == "prep"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    deaths = [n for n in held if lemma_of(n) in lex.casualty("death_of_nouns")]
    dead = [d for n in deaths for d in pobjs(n, _OF)]
    return [p for d in dead for p in (pobjs(d, _OF) or [d])]  # "the deaths of dozens of residents"


def _civilian(noun: Any, ctx: ArticleContext) -> bool:
    """Civilians, children or women, or people called innocent, naming no party."""
    lex = get_lexicon()
    kinds = (
        lex.casualty("civilian_nouns") | lex.casualty("child_nouns") | lex.casualty("woman_nouns")
    )
    if lemma_of(noun) not in kinds:
        return _innocent(noun, ctx)
    mention = ctx.actor_at.get(noun.i)
    return mention is None or mention.actor_id in ("", CIVILIANS)


def _innocent(noun: Any, ctx: ArticleContext) -> bool:
    """Called innocent or unarmed, and naming no party ("innocent Hezbollah fighters" are
    not read here)."""
    adjectives = get_lexicon().casualty("civilian_adjectives")
    if not any(c.dep_ == "amod" and c.lower_ in adjectives for c in noun.children):
        return False
    mention = ctx.actor_at.get(noun.i)
    return mention is None or mention.actor_id in ("", CIVILIANS)
