"""Flags over a town: who raises one, or whose flag flies there, took it.

"Kurdish fighters raised their flag over T", "soldiers hoisting the flag over T";
"Ukraine's flag was flying over the village of T again", "the army's banner now flies
over T" (the flag is the subject, and whose flag it is names the taker).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.arguments import pobjs
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.control_objects import first_place, place_or_own_name
from frontwatch.extract.lexicon import lemma_of
from frontwatch.extract.observations import (
    Observation,
    actor_of,
    control_words,
    is_combatant,
    subject_actor,
)
from frontwatch.extract.verbsubjects import subject_of

# the words that say whose flag it is: "Ukraine's flag", "the Ukrainian flag", "the RSF flag"
_OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})


def flag_raising(verb: Any, ctx: ArticleContext) -> Iterator[Observation]:
    """ "Kurdish fighters raised their flag over T", "soldiers hoisting the flag over T"."""
    flags = [
        c for c in verb.children if c.dep_ == "dobj" and lemma_of(c) in control_words("flag_nouns")
    ]
    if not flags:
        return
    preps = control_words("flag_preps")
    place = first_place(pobjs(verb, preps) + pobjs(flags[0], preps), ctx)
    raiser = subject_actor(verb, ctx)
    if place is not None and (raiser is None or is_combatant(raiser, ctx)):
        yield Observation("capture", verb, place, raiser)


def flag_flying(verb: Any, ctx: ArticleContext) -> Iterator[Observation]:
    """ "Ukraine's flag was flying over T again": the side whose flag flies over T took it;
    a flag of no side ("a white flag flew over T") names no taker."""
    flag = subject_of(verb)
    if flag is None or lemma_of(flag) not in control_words("flag_nouns"):
        return
    owner = next(
        (found for c in flag.children if c.dep_ in _OWNER_DEPS for found in [actor_of(c, ctx)] if found),
        None,
    )
    # "over the Storozhove village": a village no gazetteer holds names itself
    place = next(
        (p for p in (place_or_own_name(o, ctx, town_named_before=True) for o in pobjs(verb, control_words("flag_preps"))) if p),
        None,
    )
    if place is not None and owner is not None and is_combatant(owner, ctx):
        yield Observation("capture", verb, place, owner)
