"""Flags over a town: who raises one, or whose flag flies there, took it.

"Kurdish fighters raised their flag over T", "soldiers hoisting the flag over T";
"Ukraine's flag was flying over the village of T again", "the army's banner now flies
over T" (the flag is the subject, and whose flag it is names the taker).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.arguments import OWNER_DEPS, is_passive, pobjs
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
from frontwatch.records import Mention


def flag_raising(verb: Any, ctx: ArticleContext) -> Iterator[Observation]:
    """ "Kurdish fighters raised their flag over T", "soldiers hoisting the flag over T",
    "Iraq flew its flag above T"; "the Ukrainian flag was raised in T", "men raising the
    Syrian flag in T": with no armed raiser named, whose flag it is names the taker."""
    if is_passive(verb):
        flags = [s for s in [subject_of(verb)] if s is not None]
    else:
        flags = [c for c in verb.children if c.dep_ == "dobj"]
    if not flags or lemma_of(flags[0]) not in control_words("flag_nouns"):
        return
    preps = control_words("flag_preps")
    place = first_place(pobjs(verb, preps) + pobjs(flags[0], preps), ctx)
    raiser = subject_actor(verb, ctx)
    if raiser is None or not is_combatant(raiser, ctx):
        raiser = _flag_owner(flags[0], ctx) or raiser
    if (
        place is not None
        and not _at_a_ceremony(verb)
        and (raiser is None or is_combatant(raiser, ctx))
    ):
        yield Observation("capture", verb, place, raiser)


def _flag_owner(flag: Any, ctx: ArticleContext) -> Mention | None:
    """ "Ukraine's flag", "the Syrian flag", "the RSF banner": the side it names."""
    return next(
        (
            found
            for c in flag.children
            if c.dep_ in OWNER_DEPS
            for found in [actor_of(c, ctx)]
            if found
        ),
        None,
    )


def flag_flying(verb: Any, ctx: ArticleContext) -> Iterator[Observation]:
    """ "Ukraine's flag was flying over T again": the side whose flag flies over T anew took
    it, and one whose flag just flies there holds it; a flag of no side ("a white flag flew
    over T") names no one, and one that "no longer flies" or flies at a rally tells nothing."""
    flag = subject_of(verb)
    if flag is None or lemma_of(flag) not in control_words("flag_nouns"):
        return
    if _flag_gone(verb) or _at_a_ceremony(verb):
        return
    owner = _flag_owner(flag, ctx)
    # a flag waves over a town it holds, but "waving at a rally in T" only shows it there
    waves = lemma_of(verb) in control_words("flag_waving_marks")
    preps = frozenset({"over"}) if waves else control_words("flag_flying_preps")
    # "over the Storozhove village": a village no gazetteer holds names itself
    place = next(
        (
            p
            for p in (place_or_own_name(o, ctx, town_named_before=True) for o in pobjs(verb, preps))
            if p
        ),
        None,
    )
    if place is not None and owner is not None and is_combatant(owner, ctx):
        yield Observation("capture" if _flag_new(verb) else "held", verb, place, owner)


def _clause_words(verb: Any) -> set[str]:
    return {t.lower_ for t in verb.subtree} | {lemma_of(t) for t in verb.subtree}


def _flag_new(verb: Any) -> bool:
    """ "flies over T again", "now flies", "flew over T after the assault": new there."""
    return bool(_clause_words(verb) & control_words("flag_new_marks"))


def _flag_gone(verb: Any) -> bool:
    """ "no longer flies over T", "will never fly over T": not there."""
    return any(
        c.dep_ in ("advmod", "neg") and c.lower_ in control_words("flag_gone_marks")
        for c in verb.subtree
    )


def _at_a_ceremony(verb: Any) -> bool:
    """ "flew at half-mast", "waving at a rally in T", "during the parade": a show, not a hold."""
    return bool(_clause_words(verb) & control_words("flag_ceremony_marks"))
