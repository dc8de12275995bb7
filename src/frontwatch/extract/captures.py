"""What a change of hands implies: an assault of the taker on the loser.

"X took T from Y" states a control change; it also tells of an assault (PLOVER codes
taking territory by force as ASSAULT, CAMEO 192 "occupy territory"), and through that
event the relations reader finds that X fights Y. The control reader
finds more ways of saying a capture than the event lexicon ("cleared Y from T", "T fell
to X"), so each capture is turned into its assault event here, once, and an event the
capture verb already triggered is retyped and completed from the capture instead.
"""

from __future__ import annotations

import dataclasses

from frontwatch.extract.context import ArticleContext, record_id
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.listedplaces import copy_at
from frontwatch.kb.places.gazetteer import Gazetteer
from frontwatch.records import ControlChange, Event, Evidence, Place

CAPTURE_TYPE = "ASSAULT"
CAPTURE_MODE = "seize"
_SEIZING_TYPES = frozenset({"COERCE", "ASSAULT"})


def events_from_captures(
    events: list[Event], controls: list[ControlChange], ctx: ArticleContext
) -> list[Event]:
    """The events with every capture's assault: the capture verb's own event retyped
    and given the loser as target and the captured place; a new event where none was."""
    out = list(events)
    by_trigger = {(e.evidence.start if e.evidence else -1, e.trigger): e for e in out}
    towns: dict[tuple[int, str, str], list[Place]] = {}  # where each taker's assaults are
    for change in controls:
        if change.kind != "capture" or change.evidence is None or change.id in ctx.returned_ids:
            continue  # "T is back under X control" tells no assault
        key = (change.evidence.start, change.trigger)
        found = by_trigger.get(key)
        # "X captured A and B, while Y captured C": one sentence, one trigger word, two takers
        if found is not None and found.source_actor and found.source_actor != change.new_controller:
            if found.type in _SEIZING_TYPES:
                _complete(found, change)  # as before the lists: the verb's one event
            continue
        placed = towns.setdefault((*key, change.new_controller), [])
        town = _town(change.place_id, ctx)
        if found is not None and placed and town is not None and _apart(town, placed):
            # "secured the towns of A, B and C": each listed town taken is an assault of its
            #   own, not one assault moved on to the list's last town
            out.append(_listed_copy(found, change, len(placed), ctx))
            placed.append(town)
            continue
        if found is None:
            found = _assault_of(change, change.evidence, ctx)
            by_trigger[key] = found
            out.append(found)
        elif found.type not in _SEIZING_TYPES:
            continue
        elif not placed:  # once at a town taken, the assault stays: the others near it
            _complete(found, change)
        if town is not None and found.place_id == change.place_id:
            placed.append(town)
    return out


def _town(place_id: str, ctx: ArticleContext) -> Place | None:
    place = ctx.places.get(place_id) if place_id else None
    return None if place is None or place.is_area else place


def _apart(town: Place, placed: list[Place]) -> bool:
    """Far enough from every town the trigger's assaults are at to be another scene
    (events.yaml: listed_places ``min_km``)."""
    floor = float(get_lexicon().events["listed_places"]["min_km"])
    return all(Gazetteer.distance_km(town, other) > floor for other in placed)


def _listed_copy(event: Event, change: ControlChange, n: int, ctx: ArticleContext) -> Event:
    """The assault at another town the same capture verb took."""
    start = change.evidence.start if change.evidence is not None else 0
    new_id = record_id(ctx.article.id, start, f"event:capture:{change.id}", n)
    return copy_at(event, new_id, change.place_id, change.place_text, ctx)


def _complete(event: Event, change: ControlChange) -> None:
    event.type, event.mode = CAPTURE_TYPE, CAPTURE_MODE
    if _only_near(change) and event.claim.certainty in ("asserted", "attributed"):
        event.claim.certainty, event.claim.cue = "hypothetical", change.claim.cue
    event.source_actor = event.source_actor or change.new_controller
    event.source_text = event.source_text or change.new_controller_text
    if not event.target_actor and change.previous_controller != event.source_actor:
        event.target_actor = change.previous_controller
        event.target_text = change.previous_controller_text
    if change.place_id and event.place_id != change.place_id:
        event.place_id, event.place_text = change.place_id, change.place_text


def _only_near(change: ControlChange) -> bool:
    """ "X were close to taking T", "came close to capturing T": the capture is not made,
    and the assault its verb tells is not either (``nearness_adjectives`` in cues.yaml)."""
    near = get_lexicon().certainty("nearness_adjectives")
    return change.claim.certainty == "hypothetical" and change.claim.cue.lower() in near


def _assault_of(change: ControlChange, evidence: Evidence, ctx: ArticleContext) -> Event:
    return Event(
        # one capture event per control record: the record's own id keys it
        id=record_id(ctx.article.id, evidence.start, f"event:capture:{change.id}", 0),
        type=CAPTURE_TYPE,
        mode=CAPTURE_MODE,
        trigger=change.trigger,
        source_actor=change.new_controller,
        target_actor=change.previous_controller,
        source_text=change.new_controller_text,
        target_text=change.previous_controller_text,
        place_text=change.place_text,
        place_id=change.place_id,
        time=dataclasses.replace(change.time),
        claim=dataclasses.replace(ctx.fought_claims.get(change.id, change.claim)),
        evidence=evidence,
    )
