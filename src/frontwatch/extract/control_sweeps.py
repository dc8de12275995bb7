"""Changes of hands told as a finished sweep: "troops completed their sweep of T",
"X finished the clearing of T", "In T, X wrapped up mop-up operations on Thursday".

A sweep or clearing under way ("the sweep of T continues", "began clearing operations
in T") takes nothing; once the side doing it has completed it, the town is theirs. The
town is the noun's ("of T", "in T") or the clause's ("In T, ... finished their sweep");
a province or a region swept is no town taken. The words are data (relations.yaml,
control: sweep_nouns, sweep_done_marks).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.arguments import is_passive, pobjs
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.control_entries import clause_pobjs
from frontwatch.extract.control_objects import first_place
from frontwatch.extract.lexicon import lemma_of
from frontwatch.extract.observations import (
    Observation,
    control_words,
    is_combatant,
    subject_actor,
    town_or_district,
)
from frontwatch.records import Mention


def is_sweep_word(tok: Any) -> bool:
    """A word of sweeping or clearing ("sweep", "clearing", the "mop" of "mop-up")."""
    sweeps = control_words("sweep_nouns")
    return lemma_of(tok) in sweeps or tok.lower_ in sweeps  # "finished clearing operations"


def finished_sweep(tok: Any, ctx: ArticleContext) -> Iterator[Observation]:
    """ "X completed their sweep of T", "X finished clearing operations in T": X took T
    (the caller has checked ``is_sweep_word``)."""
    sweep = _finished_phrase(tok)
    if sweep is None or not _sweeps_for_a_foe(tok, sweep, ctx):
        return
    verb = sweep.head
    taker = subject_actor(verb, ctx)
    place = _swept_town(sweep, verb, ctx)
    if place is not None and is_combatant(taker, ctx):
        yield Observation("capture", tok, place, taker, armed_taker=True)


def _finished_phrase(tok: Any) -> Any | None:
    """The object or gerund of an active verb of finishing that the sweep word is or
    names ("completed their sweep", "wrapped up mop-up operations", "finished clearing
    operations"), else None (a sweep begun, under way or hoped for)."""
    phrase = tok.head if tok.dep_ in ("amod", "compound") else tok
    verb = phrase.head
    if phrase.dep_ not in ("dobj", "xcomp") or verb.pos_ != "VERB" or is_passive(verb):
        return None
    return phrase if lemma_of(verb) in control_words("sweep_done_marks") else None


def _sweeps_for_a_foe(tok: Any, sweep: Any, ctx: ArticleContext) -> bool:
    """Whether the sweep is of a town, not of things in it: "finished clearing mines in T"
    (a gerund's or a modified noun's own object), "completed the clearing of rubble in T"
    ("of" a noun that is no place) and "a security sweep" (data: sweep_idle_modifiers)
    clear no enemy out."""
    heads = control_words("sweep_heads")
    if sweep is not tok and lemma_of(sweep) not in heads:
        return False  # "clearing mines": the mines are what was cleared
    if any(c.dep_ == "dobj" and lemma_of(c) not in heads for c in sweep.children):
        return False  # "finished clearing the rubble"
    idle = control_words("sweep_idle_modifiers")
    modifiers = [c for t in (tok, sweep) for c in t.children if c.dep_ in ("amod", "compound")]
    if any(lemma_of(c) in idle or c.lower_ in idle for c in modifiers):
        return False
    return all(o.i in ctx.place_at for o in pobjs(sweep, frozenset({"of"})))


def _swept_town(sweep: Any, verb: Any, ctx: ArticleContext) -> Mention | None:
    """The town the sweep's own phrase names, else the one its clause names ("In T, ...");
    a province or region swept is no town taken."""
    place = first_place(pobjs(sweep, control_words("sweep_place_preps")), ctx) or first_place(
        clause_pobjs(verb, frozenset({"in"})), ctx
    )
    return place if place is not None and town_or_district(place) else None
