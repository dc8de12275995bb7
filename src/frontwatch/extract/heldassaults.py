"""The target of a ground assault on ground its sentence says a side holds.

"The army launched an attack on rebel-held areas east of the city", "troops stormed the
last town held by the rebels", "an offensive launched to capture the IS-held town of T":
the act is told against ground, and the sentence names the side only as its holder (a side
hyphened to "held"/"controlled" before the ground, or the agent of "held by" after it:
holders.ground_holder). The act's own parse finds no target, and no control record need
stand for the ground (it may be unnamed, "areas", "the last town", or only aimed at, "to
capture"), so heldground.py, which reads held records at the act's place, misses it. An
attack, an assault, an offensive or a taking (``held_ground_assaults.words`` in events.yaml)
on ground held by a side is fought against that side: the holder is the target. Not for
acts from afar (shelling, air and drone strikes, bombs: ``shelling_modes``): the dead of a
shelled "rebel-held district" are its people (holders.py); not for ground held by "the
government" (``held_ground`` classes, as heldground.py); not for a holder that is the doer's
own side or tied to it (heldground.same_side); not for an act whose dead are civilians.
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.context import ArticleContext
from frontwatch.extract.heldground import friendly_ties, same_side
from frontwatch.extract.holders import ground_holder
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.prepobjects import pobjs
from frontwatch.extract.sides import CIVILIANS
from frontwatch.records import Event, Relation

_CARRIED_BY = frozenset({"nsubj", "nsubjpass", "dobj"})
_PURPOSE = frozenset({"advcl", "xcomp", "acl"})


def target_held_ground_assaults(events: list[Event], relations: list[Relation], ctx: ArticleContext) -> None:
    """Give, in place, each ground assault with no target the holder of the ground it is
    aimed at (see the module docstring)."""
    lex = get_lexicon()
    words = lex.events["held_ground_assaults"]
    hostile = frozenset(lex.events["opponents"]["act_types"])
    no_side = frozenset(
        ("", CIVILIANS, *lex.events["held_ground"]["government_classes"], *words["no_side_holders"])
    )
    ties = None
    for event in events:
        if event.type not in hostile or event.target_actor or event.casualties.civilians:
            continue
        if event.mode in words["shelling_modes"]:
            continue
        act = _act_word(ctx.trigger_token(event.id), frozenset(words["words"]))
        if act is None:
            continue
        for ground in _aimed_ground(act, frozenset(words["words"]), frozenset(words["aim_preps"])):
            holder = ground_holder(ground, ctx)
            if holder is None or holder.actor_id in no_side:
                continue
            ties = friendly_ties(relations, ctx.kb) if ties is None else ties
            doer = event.source_actor
            if not doer or not same_side(doer, holder.actor_id, ties, ctx.kb, ctx.published):
                event.target_actor = holder.actor_id
            break


def _act_word(trigger: Any, words: frozenset[str]) -> Any:
    """The assault word of the act: its trigger, or the object of the verb that carries it
    ("launched an attack", "mounted an assault"), or None."""
    if trigger is None or lemma_of(trigger) in words:
        return trigger
    carried = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass") and lemma_of(c) in words]
    return carried[0] if carried else None


def _aimed_ground(trigger: Any, words: frozenset[str], preps: frozenset[str]) -> list[Any]:
    """What the act is aimed at: its object ("stormed the town"), the object of "on" or
    "against" on it ("an attack on the areas"), and the object of a purpose it or its
    carrier verb is told with ("an offensive launched to capture the town"); joined
    nouns too."""
    aimed = [c for c in trigger.children if c.dep_ == "dobj"] + pobjs(trigger, preps)
    holders = [trigger, trigger.head] if trigger.dep_ in _CARRIED_BY else [trigger]
    for verb in (c for h in holders for c in h.children if c.dep_ in _PURPOSE):
        if lemma_of(verb) in words and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            aimed += [c for c in verb.children if c.dep_ == "dobj"]
    return [n for a in aimed for n in (a, *(c for c in a.children if c.dep_ == "conj"))]
