"""A claim of responsibility names the doer of the act told just before it.

"A car bomb hit a military convoy in Mogadishu, killing seven. Al-Shabaab has claimed
responsibility for the attack.": "the attack" is the bombing, and the claimant its doer.
A definite act noun that a claim owns ("claimed responsibility / credit for the attack":
``object_classes.owning`` in events.yaml) restates the latest act of its type in its own
sentence or the one before whose doer that sentence does not name, or names only by what
it is ("a suicide bomber blew himself up": ``sideless_classes`` in relations.yaml; a doer
the article filled in is a guess the claim overrides too); the two are one event, with
the claimant as its doer. An act whose sentence names its doer is left alone ("X shelled T. Y claimed
the attack" is a dispute, not a restatement).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from frontwatch.extract.context import ArticleContext
from frontwatch.extract.headline import fill_gaps
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.undergone import disowned, disowned_by_all, responsible_for
from frontwatch.records import Event


def claimed_acts(events: list[Event], ctx: ArticleContext) -> list[Event]:
    """The events without claims that restate an act told just before, whose doer the
    claimant becomes."""
    out: list[Event] = []
    for event in events:
        trigger = ctx.trigger_token(event.id) if event.id in ctx.definite_ids else None
        if trigger is not None and event.evidence is not None and disowned(trigger):
            unowned = _unowned_act(event, trigger, out, ctx)
            if unowned is not None:
                fill_gaps(unowned, event)  # "no group has claimed the bombing": told before, no doer
                continue
            event.source_actor = event.source_text = ""  # an act of its own, its doer unknown
            out.append(event)
            continue
        told = _claimed_act(event, out, ctx)
        if told is None:
            out.append(event)
            continue
        told.source_actor, told.source_text = event.source_actor, event.source_text
        fill_gaps(told, event)
    return out


def _unowned_act(event: Event, trigger: Any, before: list[Event], ctx: ArticleContext) -> Event | None:
    """The act of the same type told just before that a claim no one made restates ("A car
    bomb hit T. No group has claimed the bombing."), else None: only a claim no one at all
    made ("X did not claim the attack" tells one of its own), and only an act whose doer is
    unknown and whose place is the claim's or none ("Jets struck Gaza. No group has claimed
    the bombing of a bus in Jerusalem": two acts)."""
    if not disowned_by_all(trigger):
        return None
    told = _latest_of_type(event, before, ctx)
    if told is None or not _doer_unknown(told) or not _same_place(told, event):
        return None
    return told


def _claimed_act(event: Event, before: list[Event], ctx: ArticleContext) -> Event | None:
    if event.id not in ctx.definite_ids or not event.source_text or event.evidence is None:
        return None
    trigger = ctx.trigger_token(event.id)
    if trigger is None or responsible_for(trigger, ctx) is None:
        return None
    told = _latest_of_type(event, before, ctx)
    return told if told is not None and _doer_unknown(told) else None


def _latest_of_type(event: Event, before: list[Event], ctx: ArticleContext) -> Event | None:
    """The latest act of the event's type in its sentence or the one before, else None."""
    here = _sentence_of(event, ctx)
    for told in reversed(before):
        if told.evidence is None or _sentence_of(told, ctx) < here - 1:
            return None
        if told.type == event.type:
            return told
    return None


def _doer_unknown(told: Event) -> bool:
    """No doer named, or only what it is ("a suicide bomber", "gunmen":
    ``sideless_classes`` in relations.yaml), which the claim names."""
    return not told.source_text or told.source_actor in get_lexicon().tie_words("sideless_classes")


def _same_place(told: Event, event: Event) -> bool:
    """The claim names no place, or the act's own (by id when both are resolved)."""
    if not event.place_text or not told.place_text:
        return True
    if event.place_id and told.place_id:
        return event.place_id == told.place_id
    return event.place_text.lower() == told.place_text.lower()


def _sentence_of(event: Event, ctx: ArticleContext) -> int:
    start = event.evidence.start if event.evidence is not None else 0
    return bisect_right(ctx.sentence_starts, start) - 1
