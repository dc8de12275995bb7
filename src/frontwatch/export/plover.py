"""PLOVER 2.0 JSON lines: one record per fused event, every source sentence kept."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from frontwatch.eventtypes import type_info
from frontwatch.fuse.actors import ActorBook
from frontwatch.records import FusedEvent, PlaceInfo
from frontwatch.store import Store


def _actor(actor_id: str, book: ActorBook, text: str) -> dict[str, Any] | None:
    if not actor_id and not text:
        return None
    info = book.info(actor_id) if actor_id else None
    return {
        "text": text, "code": actor_id, "name": info.name if info else "", "country": info.country if info else "",
        "sector": info.sector if info else "", "type": info.type if info else "",
    }


def _location(place: PlaceInfo) -> dict[str, Any] | None:
    if not (place.id or place.text):
        return None
    geonames = place.id[3:] if place.id.startswith("gn:") else None
    return {"name": place.name or place.text, "text": place.text, "place_id": place.id, "geonamesID": geonames,
            "lat": place.latitude, "lon": place.longitude, "country": place.country, "admin1": place.admin1,
            "admin2": place.admin2, "is_area": place.is_area}


def plover_record(event: FusedEvent, book: ActorBook) -> dict[str, Any]:
    """A PLOVER 2.0 record (id, date, event, mode, context, actors, location, text) plus provenance."""
    info = type_info(event.type, event.mode)
    return {
        "id": event.id, "date": event.date_start.isoformat() if event.date_start else None,
        "date_end": event.date_end.isoformat() if event.date_end else None, "date_precision": event.precision,
        "event": event.type, "mode": event.mode, "context": [],
        "actor1": _actor(event.source_actor, book, ""), "actor2": _actor(event.target_actor, book, ""),
        "location": _location(event.place), "text": event.sentence,
        "fatalities": {"min": event.killed_min, "max": event.killed_max},
        "civilians": {"min": event.civilians_min, "max": event.civilians_max},
        "cameo": info.get("cameo"), "goldstein": info.get("score"),
        "n_sources": event.n_sources, "confidence": event.confidence, "contradiction": event.contradiction or None,
        "sources": [{"article_id": r.article_id, "event_id": r.event_id, "outlet": r.outlet, "url": r.url,
                     "text": r.sentence, "certainty": r.certainty,
                     "actor1": r.source_actor, "actor2": r.target_actor, "fatalities": r.killed}
                    for r in event.reports],
    }


def plover_records(events: Iterable[FusedEvent], book: ActorBook) -> list[dict[str, Any]]:
    return [plover_record(e, book) for e in events]


def write_plover(store: Store, out: Path) -> int:
    from frontwatch.fusion import fuse_events, load_book

    book = load_book(store)
    records = plover_records(fuse_events(store, book=book), book)
    with out.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(records)
