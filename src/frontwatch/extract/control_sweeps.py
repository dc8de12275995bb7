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

_SWEPT_PREPS = frozenset({"of", "in", "through", "across"})


def finished_sweep(tok: Any, ctx: ArticleContext) -> Iterator[Observation]:
    """ "X completed their sweep of T", "X finished clearing operations in T": X took T."""
    sweeps = control_words("sweep_nouns")
    if lemma_of(tok) not in sweeps and tok.lower_ not in sweeps:  # "finished clearing operations"
        return
    sweep = _finished_phrase(tok)
    if sweep is None:
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


def _swept_town(sweep: Any, verb: Any, ctx: ArticleContext) -> Mention | None:
    """The town the sweep's own phrase names, else the one its clause names ("In T, ...");
    a province or region swept is no town taken."""
    place = first_place(pobjs(sweep, _SWEPT_PREPS), ctx) or first_place(
        clause_pobjs(verb, frozenset({"in"})), ctx
    )
    return place if place is not None and town_or_district(place) else None
