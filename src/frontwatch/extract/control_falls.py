"""A town that fell: "T fell to X", "T fell into the hands of X"; "the town fell on
Thursday" falls to the side the context names (takers.py), or to no one recorded."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.arguments import pobjs
from frontwatch.extract.context import ArticleContext, first_actor
from frontwatch.extract.control_guards import passing_capture
from frontwatch.extract.control_objects import (
    a_town_in_its_area,
    located_in_its_phrase,
    place_or_own_name,
    relative_subject,
)
from frontwatch.extract.observations import Observation

_STATE_DEPS = frozenset({"acomp", "attr", "oprd", "xcomp"})  # "T fell silent", "fell quiet"


def _fell_otherwise(verb: Any) -> bool:
    """ "T fell silent", "fell under X control" (a holding's cue tells that), "had briefly
    fallen": no fall to a side the context could name."""
    return (
        any(c.dep_ in _STATE_DEPS for c in verb.children)
        or bool(pobjs(verb, frozenset({"under"})))
        or passing_capture(verb)
    )


def falling(verb: Any, ctx: ArticleContext) -> Iterator[Observation]:
    """ "T fell to X", "T fell into the hands of X" (a place falling, not a toll); "T,
    which fell to X in 2016": the town the relative clause hangs on fell."""
    subj = relative_subject(verb)
    place = place_or_own_name(subj, ctx, town_named_before=True) if subj is not None else None
    if place is None:
        return
    # "three villages in P province fell to X": an assault, but P only locates the villages
    villages = located_in_its_phrase(subj, place) and a_town_in_its_area(subj, place, ctx)
    targets = pobjs(verb, frozenset({"to", "into"}))
    targets += [g for t in targets for g in pobjs(t, frozenset({"of"}))]
    new = first_actor(targets, ctx)
    if new is not None:
        # "Aleppo, which fell to X, is quiet": a fall told in passing is told again, so
        # with no day of its own it is background, not a change on the report's day
        yield Observation(
            "capture", verb, place, new, None, returned=verb.dep_ == "relcl", assault_only=villages
        )
    elif not targets and not _fell_otherwise(verb):
        # "The town fell on Thursday": to the side the context names (takers.py), else nothing
        yield Observation("capture", verb, place, armed_taker=True, assault_only=villages)
