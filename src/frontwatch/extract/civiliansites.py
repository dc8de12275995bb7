"""Acts on civilians and on the places of civilian life are done to civilians.

"Government jets bombed a crowded market", "militiamen burned dozens of homes", "an attack on
a camp for displaced people", "the shelling hit residential neighbourhoods": when the sentence
names no side hit, the act was aimed at the people who live, shop or shelter there, and
reporting codes it so. So was an act aimed at people a civilian word names ("the blast
targeted worshippers", "gunmen opened fire on mourners", "fired mortars at shoppers":
``civilian_nouns``, ``child_nouns`` and ``woman_nouns`` in cues.yaml). Every place or people hit
must be such (``civilian_sites`` in events.yaml) naming no side ("rebel-held neighbourhoods"
are the rebels', "Kurdish fighters" no civilians); a target another
step filled in from the article (no words of the sentence name it) gives way, as a target
filled for an act that killed only civilians does (extract/victims.py).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.context import ArticleContext
from frontwatch.extract.holders import launched_weapon
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.passives import is_passive
from frontwatch.extract.prepobjects import pobjs
from frontwatch.extract.sides import CIVILIANS
from frontwatch.records import Event

_WHEN = frozenset({"DATE", "TIME"})
_CARRIERS = frozenset({"acl", "relcl"})  # "the attacks carried out by X in a market"


def civilian_sites_are_target(events: list[Event], ctx: ArticleContext) -> None:
    """Make civilians, in place, the target of hostile acts that hit only civilian places."""
    lex = get_lexicon().events
    hostile = frozenset(lex["opponents"]["act_types"])
    sites = lex["civilian_sites"]
    for event in events:
        if event.type not in hostile or event.target_text:
            continue
        trigger = ctx.trigger_token(event.id)
        if trigger is None or not _harms_people(event, lemma_of(trigger), sites):
            continue
        hit = places_hit(trigger)
        if hit and all(_civilian_place(place, sites, ctx) for place in hit):
            event.target_actor = CIVILIANS
        elif event.source_actor and (not hit or all(_shot_off(t) for t in hit)):
            where = places_where(trigger)  # a doer's act: a sideless blast stays one (reliability.py)
            if any(_civilian_place(place, sites, ctx) for place in where) and not any(
                _names_a_side(t, ctx) for place in where for t in _own_words(place)
            ):
                event.target_actor = CIVILIANS


def _harms_people(event: Event, lemma: str, sites: dict[str, list[str]]) -> bool:
    """An act of a harming mode (a strike, shelling, a bombing, gunfire), arson or looting; not the
    taking, raiding or searching of a place."""
    if lemma in sites["taking_verbs"]:
        return False
    return event.mode in sites["modes"] or lemma in sites["ruin_verbs"] or lemma in sites["attack_words"]


def _aim_preps() -> frozenset[str]:
    return frozenset(get_lexicon().events["civilian_sites"]["aim_preps"])


def places_hit(trigger: Any) -> list[Any]:
    """What the act hit: a verb's object (its subject when passive), a noun's "on"/"against"
    object (hung on its verb or on itself), or the object of the harm an act noun did ("the
    strikes hit a market"); with the others joined to it by "and"."""
    if trigger.pos_ == "VERB":
        deps = ("nsubjpass",) if is_passive(trigger) else ("dobj",)
        found = [c for c in trigger.children if c.dep_ in deps]
        if found and all(_shot_off(obj) for obj in found):
            found = _aimed_by_preposition(trigger, found)
    else:
        found = pobjs(trigger, _aim_preps())
        verb = trigger.head
        if not found and trigger.dep_ == "nsubj" and lemma_of(verb) in get_lexicon().events["harm_verbs"]:
            found = [c for c in verb.children if c.dep_ == "dobj"]
        elif not found and trigger.dep_ == "dobj":
            found = pobjs(verb, _aim_preps())  # "carried out a strike on a camp": the parser's hook
    heads = [_counted(head) for head in found if head.ent_type_ not in _WHEN]  # not "on Tuesday"
    return [t for head in heads for t in (head, *head.conjuncts)]


def places_where(trigger: Any) -> list[Any]:
    """ "a bombing in a crowded market", "opened fire inside a mosque", "blew himself up at a
    funeral", "carried out an attack in a shopping district", "the attacks carried out by X in
    a market", "the bombing, which X carried out inside a mosque": where an act that names
    nothing it hit took place (``civilian_sites.where_preps``), on the trigger, on what was
    shot, or on the verb (or the participle or relative clause hitting nothing else) that
    carried the act noun out; with the places joined to them by "and"."""
    where = frozenset(get_lexicon().events["civilian_sites"]["where_preps"])
    holders = [trigger, *(c for c in trigger.children if c.dep_ == "dobj" and _shot_off(c))]
    if trigger.pos_ != "VERB" and trigger.dep_ == "dobj":
        holders.append(trigger.head)
    if trigger.pos_ != "VERB":
        holders.extend(c for c in trigger.children if c.dep_ in _CARRIERS and not _hits_something(c))
    heads = [_counted(head) for holder in holders for head in pobjs(holder, where)]
    return [t for head in heads for t in (head, *head.conjuncts)]


def _hits_something(verb: Any) -> bool:
    """ "the strike, which hit army positions in a residential area": the participle or
    relative clause on an act noun names what was hit, beyond its relative pronoun."""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.pos_ != "PRON" for c in verb.children)


def _shot_off(obj: Any) -> bool:
    """ "opened fire", "fired mortars": an object that is what was shot, not what was hit
    (``civilian_sites.shot_objects`` in events.yaml, or a launched weapon)."""
    return lemma_of(obj) in get_lexicon().events["civilian_sites"]["shot_objects"] or launched_weapon(obj)


def _aimed_by_preposition(verb: Any, shot: list[Any]) -> list[Any]:
    """ "opened fire on worshippers", "fired mortars at shoppers": what the "on"/"at" phrase
    names, hung on the verb or on what was shot; what was shot when none does."""
    aimed = [*pobjs(verb, _aim_preps()), *(t for obj in shot for t in pobjs(obj, _aim_preps()))]
    return aimed or shot


def _counted(noun: Any) -> Any:
    """ "dozens of homes", "a number of schools": the things counted, not the count."""
    if lemma_of(noun) not in get_lexicon().events["quantity_nouns"] and noun.lower_ not in get_lexicon().events["civilian_sites"]["count_words"]:
        return noun
    counted = pobjs(noun, frozenset({"of"}))
    return counted[0] if counted else noun


def _civilian_place(noun: Any, sites: dict[str, list[str]], ctx: ArticleContext) -> bool:
    """A place of civilian life by itself, or an area a civilian word marks; naming no side."""
    if any(_names_a_side(t, ctx) for t in _own_words(noun)):
        return False  # "rebel-held neighbourhoods", "a Hezbollah school"
    lemma = lemma_of(noun)
    if lemma in sites["sites"] or _civilian_people(noun):
        return True
    if lemma in sites["gatherings"]:
        return any(c.dep_ == "compound" and lemma_of(c) in sites["sites"] for c in noun.children)
    if lemma not in sites["areas"]:
        return False
    words = {w.lower_ for w in noun.subtree if w.i != noun.i}
    return bool(words & set(sites["modifiers"]))


def _civilian_people(noun: Any) -> bool:
    """ "worshippers", "mourners", "children": people a civilian word names (cues.yaml); a
    side's name on them was ruled out before."""
    casualty = get_lexicon().casualty
    return any(lemma_of(noun) in casualty(key) for key in ("civilian_nouns", "child_nouns", "woman_nouns"))


def _own_words(noun: Any) -> list[Any]:
    """The phrase's words but where it lies ("homes in Syria": Syria is no side hit)."""
    where = frozenset(get_lexicon().events["civilian_sites"]["location_preps"])
    skipped = {t.i for c in noun.children if c.dep_ == "prep" and c.lower_ in where for t in c.subtree}
    return [t for t in noun.subtree if t.i not in skipped]


def _names_a_side(tok: Any, ctx: ArticleContext) -> bool:
    """The word is part of a side's name; civilians, refugees or aid groups are none
    ("a camp for displaced people"); nor is a place's name ("a market of Baghdad", "a bus south
    of Mosul": where the place lies, though the capital may stand for its government)."""
    if tok.i in ctx.place_at:
        return False
    mention = ctx.actor_at.get(tok.i)
    actor = ctx.kb.get(mention.actor_id) if mention is not None and mention.actor_id else None
    if mention is None:
        return False
    return actor is None or actor.sector not in get_lexicon().armed_side_words("unarmed_sectors")
