"""What the copula or a naming verb says an act is, and the sides that complement names:
"the Palmyra offensive was an operation started by X against Y", "the offensive refers to
a campaign launched by X", "the battle began as an offensive launched by X". Used by
``arguments.noun_arguments``; the naming verbs are data (``events.yaml``:
``naming_verb_preps``).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.carriers import carrier_of
from frontwatch.extract.context import GENERIC_PREFIX, ArticleContext, first_actor
from frontwatch.extract.holders import aimed_at
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.nounacts import operation_owner
from frontwatch.extract.prepobjects import aims_of_an_act, pobjs
from frontwatch.records import Mention

TARGET_PREPS = frozenset({"against", "on", "at", "targeting", "upon", "with", "into"})


def named_as(noun: Any) -> list[Any]:
    """ "The Palmyra offensive was an operation started by X", "the battle was the last
    phase of the campaign launched by X against Y": what the copula says the act is, and
    the noun that phrase is part of."""
    verb = noun.head
    if noun.dep_ != "nsubj":
        return []
    if verb.lemma_.lower() == "be":
        found = [c for c in verb.children if c.dep_ == "attr"]
    else:
        # "the offensive refers to a campaign launched by X", "the battle began as an
        # offensive launched by X": the naming verb's phrase says what the act is
        naming = frozenset(get_lexicon().events["naming_verb_preps"].get(lemma_of(verb), ()))
        found = pobjs(verb, naming | {"as"})
    found += [o for c in found for o in pobjs(c, frozenset({"of"}))]
    return found


def complement_sides(
    named: Any, source: Mention | None, target: Mention | None, ctx: ArticleContext
) -> tuple[Mention | None, Mention | None]:
    """Sides the complement gives: "an operation by X against Y", "launched by X against Y";
    (source, target) with the ones given kept where the complement names none."""
    agents = pobjs(named, frozenset({"by"}))
    carriers = [c for c in named.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if source is None or source.actor_id.startswith(GENERIC_PREFIX) or within_a_place(source, ctx):
        # "a campaign waged by X": the participle's agent, passive whatever the parser says;
        # it names the doer better than a place before the act ("the Southern Syria offensive")
        # or a class ("a military operation of X")
        carried = [o for c in carriers for o in pobjs(c, frozenset({"by"}))]
        agent = (
            first_actor(agents, ctx)
            or carrier_of(named, ctx)
            or first_actor(carried, ctx)
            or operation_owner(named, ctx)  # "was an operation of X against Y"
        )
        source = agent or source
    if target is None:
        holders = [named, *agents, *carriers]
        target = first_actor([o for h in holders for o in pobjs(h, TARGET_PREPS)], ctx) or (
            # "waged by X against Y" with "against" hung on X
            aimed_at(aims_of_an_act(named, frozenset({"against"})), ctx)
        )
    return source, target


def within_a_place(mention: Mention, ctx: ArticleContext) -> bool:
    """Whether the actor's words are (part of) a place's name: "Syria" in "Southern Syria"."""
    return any(p.start <= mention.start and mention.end <= p.end for p in ctx.place_at.values())
