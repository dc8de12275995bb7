"""One text through the full pipeline, cached: the tests of acts read the same text often."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

PUBLISHED = dt.date(2019, 3, 12)


@lru_cache(maxsize=128)
def extract(text: str, published: dt.date = PUBLISHED) -> Any:
    from frontwatch.pipeline import process_texts

    result = process_texts([text], dates=[published])[0]
    assert not result.error, result.error
    return result


def types_found(text: str, published: dt.date = PUBLISHED) -> list[str]:
    """The type of every event the pipeline finds in the text, in order."""
    return [e.type for e in extract(text, published).events]


def of_type(text: str, kind: str, published: dt.date = PUBLISHED) -> list[Any]:
    """The events of one type the pipeline finds in the text."""
    return [e for e in extract(text, published).events if e.type == kind]


def control_changes(text: str, published: dt.date = PUBLISHED) -> list[tuple[str, str, str, str]]:
    """(kind, place text, new controller, previous controller) of every control record."""
    return [
        (c.kind, c.place_text, c.new_controller, c.previous_controller)
        for c in extract(text, published).control_changes
    ]


def one_event(events_found: Any, text: str, trigger: str, published: dt.date = PUBLISHED) -> Any:
    """The only event the text's trigger word gives (asserted single), through `events_found`."""
    found = [e for e in events_found(text, published) if e.trigger == trigger]
    assert len(found) == 1, [(e.type, e.trigger, e.source_actor, e.target_actor) for e in found]
    return found[0]


PLAIN_LABELS = ("asserted", "attributed")


def plain_ties(relations_found: Any, text: str, published: dt.date) -> set[tuple[str, str, str]]:
    """(kind, source, target) of the ties the text states as fact or as someone's word."""
    return {(k, a, b) for k, a, b, c in relations_found(text, published) if c in PLAIN_LABELS}


def tied(ties: set[tuple[str, str, str]], kind: str, a: str, b: str) -> bool:
    """Whether a tie of this kind joins a and b; allied and fights read either way."""
    return (kind, a, b) in ties or (kind in ("allied", "fights") and (kind, b, a) in ties)


def top_ties(text: str, kind: str, kb: Any, published: dt.date = PUBLISHED) -> set[frozenset[str]]:
    """The pairs of top-level actors the text's ties of one kind join, either way round."""
    return {
        frozenset({kb.top_of(r.source_actor), kb.top_of(r.target_actor)})
        for r in extract(text, published).relations
        if r.kind == kind
    }


def top_sides(text: str, kind: str, kb: Any, published: dt.date = PUBLISHED) -> list[tuple[str, str]]:
    """(doer, target) as top-level actors of the text's events of one type, in order."""
    return [(kb.top_of(e.source_actor), kb.top_of(e.target_actor)) for e in of_type(text, kind, published)]
