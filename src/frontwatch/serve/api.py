"""The REST API: /api/events, /api/articles, /api/actors, /api/network, /api/places,
/api/control, /api/timeline, /api/event-types. Read-only; every filter goes to DuckDB as a bound parameter."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query

from frontwatch.eventtypes import event_types
from frontwatch.serve import assets
from frontwatch.serve.access import StoreAccess, store_access
from frontwatch.serve.control import place_timeline_body
from frontwatch.serve.errors import ERROR_RESPONSES
from frontwatch.serve.network import select_network
from frontwatch.serve.params import (
    MAX_TEXT,
    Bucket,
    CertaintyQuery,
    DateText,
    Limit,
    Offset,
    Text,
    event_filter,
    parse_date,
)
from frontwatch.store import detail
from frontwatch.store.control import select_control
from frontwatch.store.db import Store
from frontwatch.store.queries import (
    EventFilter,
    count_events,
    select_actors,
    select_event_places,
    select_events,
    select_places,
    select_timeline,
)

router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)
Access = Annotated[StoreAccess, Depends(store_access)]
Filter = Annotated[EventFilter, Depends(event_filter)]
Id = Annotated[str, Path(max_length=MAX_TEXT)]


@router.get("/events", tags=["events"])
def list_events(access: Access, flt: Filter, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    """Events matching the filters, oldest first, each with its sentence and article; `total`
    counts every match, not just this page."""
    def ask(store: Store) -> dict[str, Any]:
        rows = select_events(store, flt, limit=limit, offset=offset)
        return {"total": count_events(store, flt), "limit": limit, "offset": offset, "events": rows}

    return access.run(ask)


@router.get("/events/count", tags=["events"])
def events_count(access: Access, flt: Filter) -> dict[str, int]:
    """How many events match the filters."""
    return {"count": access.run(lambda store: count_events(store, flt))}


@router.get("/events/places", tags=["events"])
def events_by_place(access: Access, flt: Filter, limit: Limit = 1000) -> list[dict[str, Any]]:
    """Matching events counted per place, with coordinates: the map's markers."""
    return access.run(lambda store: select_event_places(store, flt, limit=limit))


@router.get("/events/{event_id}", tags=["events"])
def get_event(access: Access, event_id: Id) -> dict[str, Any]:
    """One event, with every source reporting it: the members of its fused event (`fused`,
    null until fusion has run) or else the event itself. A fused event's id works too."""
    sources = access.run(lambda store: detail.select_event_sources(store, event_id))
    event = next((s for s in sources if s["id"] == event_id), sources[0] if sources else None)
    if event is None:
        raise HTTPException(404, f"no event with id {event_id!r}")
    fused = access.run(lambda store: detail.select_fused(store, event_id))
    return {"event": event, "fused": fused, "sources": sources}


@router.get("/articles/{article_id}", tags=["articles"])
def get_article(access: Access, article_id: Id) -> dict[str, Any]:
    """An article's text and metadata; facts point into `text` by character offsets."""
    article = access.run(lambda store: detail.select_article(store, article_id))
    if article is None:
        raise HTTPException(404, f"no article with id {article_id!r}")
    return article


@router.get("/actors", tags=["actors"])
def list_actors(access: Access, search: Text = None, limit: Limit = 100) -> list[dict[str, Any]]:
    """Actors seen in events and relations, most active first."""
    return access.run(lambda store: select_actors(store, search=search or None, limit=limit))


@router.get("/network", tags=["actors"])
def network(access: Access, as_of: DateText = None, since: DateText = None, limit: Limit = 300,
            actor: Annotated[str | None, Query(max_length=MAX_TEXT, description="Only this actor's ties (an actor id, "
                                                "e.g. ISIS).")] = None,
            claimant: Annotated[str | None, Query(max_length=MAX_TEXT, description="Only the ties this speaker "
                                                   "asserts (an actor id or a name as written).")] = None,
            ) -> dict[str, Any]:
    """The actor graph up to `as_of` (and from `since`): nodes, and edges from stated relations
    and from events between two actors, best evidenced first, each with its weight, counts of
    unconfirmed claims, its claimants, and its latest evidence sentences. Only plain facts make
    edges. With `actor`, only the edges that actor is at one end of; with `claimant`, only what
    that speaker says. `enemy_claimed` marks an edge that only an enemy of one of its ends asserts."""
    start, end = parse_date(since, "since"), parse_date(as_of, "as_of")
    who = actor.strip() if actor and actor.strip() else None
    says = claimant.strip() if claimant and claimant.strip() else None
    return access.run(lambda store: select_network(store, as_of=end, since=start, limit=limit, actor=who,
                                                   claimant=says))


@router.get("/places", tags=["places"])
def list_places(access: Access, search: Text = None, limit: Limit = 100) -> list[dict[str, Any]]:
    """Resolved places with their event counts."""
    return access.run(lambda store: select_places(store, search=search or None, limit=limit))


@router.get("/control", tags=["places"])
def control(access: Access, as_of: DateText = None, place: Text = None,
            certainty: CertaintyQuery = "facts") -> list[dict[str, Any]]:
    """Who held each place as of a day: the latest control observation per place."""
    day = parse_date(as_of, "as_of")
    return access.run(lambda store: select_control(store, as_of=day, place=place or None,
                                                           certainty=certainty))


@router.get("/control/timeline", tags=["places"])
def control_timeline(access: Access, place: Annotated[str, Query(min_length=1, max_length=MAX_TEXT,
                     description="Place id (e.g. gn:170575) or exact name.")]) -> dict[str, Any]:
    """One place's controllers over time: periods (each with its reports) and conflicting
    claims, shown rather than resolved. Built from asserted and attributed control changes."""
    timeline = access.run(lambda store: place_timeline_body(store, place.strip()))
    if timeline is None:
        raise HTTPException(404, f"no control reports for place {place[:40]!r}")
    return timeline


@router.get("/timeline", tags=["events"])
def timeline(access: Access, flt: Filter,
             bucket: Annotated[Bucket, Query(description="Bar width.")] = "month") -> list[dict[str, Any]]:
    """Matching events per day, week, month or year."""
    return access.run(lambda store: select_timeline(store, flt, bucket=bucket))


@router.get("/event-types", tags=["events"])
def list_event_types() -> list[dict[str, Any]]:
    """The PLOVER event types of the one event-type table: ACLED and CAMEO codes, score,
    the network tie an event of the type makes, and the modes it names."""
    return event_types()


@router.get("/health", tags=["server"])
def health(access: Access) -> dict[str, Any]:
    """Whether the store answers, whether fused events exist, whether the page's map files are installed."""
    fused = access.run(detail.fused_columns) is not None
    return {"status": "ok", "fused_events": fused, "vendor_installed": assets.vendor_installed()}
