"""GeoJSON FeatureCollection of fused events and changes of hands (points, WGS84 lon/lat)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from frontwatch.fuse.actors import ActorBook
from frontwatch.fuse.control import Timeline, transitions
from frontwatch.records import FusedEvent, PlaceInfo
from frontwatch.store import Store


def _point(place: PlaceInfo) -> dict[str, Any] | None:
    if place.latitude is None or place.longitude is None:
        return None
    return {"type": "Point", "coordinates": [round(place.longitude, 6), round(place.latitude, 6)]}


def event_feature(event: FusedEvent, book: ActorBook) -> dict[str, Any]:
    return {"type": "Feature", "id": event.id, "geometry": _point(event.place), "properties": {
        "kind": "event", "type": event.type, "mode": event.mode,
        "actor1": event.source_actor, "actor1_name": book.name(event.source_actor) if event.source_actor else "",
        "actor2": event.target_actor, "actor2_name": book.name(event.target_actor) if event.target_actor else "",
        "place": event.place.name or event.place.text, "admin1": event.place.admin1, "country": event.place.country,
        "date_start": _iso(event.date_start), "date_end": _iso(event.date_end), "date_precision": event.precision,
        "killed_min": event.killed_min, "killed_max": event.killed_max, "n_sources": event.n_sources,
        "confidence": event.confidence, "contradiction": event.contradiction, "sentence": event.sentence,
        "sources": event.outlets,
    }}


def control_features(timelines: Iterable[Timeline]) -> list[dict[str, Any]]:
    return [
        {"type": "Feature", "id": f"cc_{p.claims[0].change_id}", "geometry": _point(t.place), "properties": {
            "kind": "control_change", "place": t.place.name or t.place.text, "admin1": t.place.admin1,
            "date": _iso(p.start), "new_controller": p.controller, "previous_controller": previous,
            "conflict": p.conflict, "sentence": p.sentence, "sources": sorted({c.outlet for c in p.claims}),
        }}
        for t, p, previous in transitions(timelines, None, None)
    ]


def feature_collection(events: Iterable[FusedEvent], timelines: Iterable[Timeline], book: ActorBook) -> dict[str, Any]:
    """Located features only: events with no coordinates cannot be drawn and are left out."""
    features = [event_feature(e, book) for e in events] + control_features(timelines)
    return {"type": "FeatureCollection", "features": [f for f in features if f["geometry"] is not None]}


def _iso(value: Any) -> str | None:
    return value.isoformat() if value else None


def write_geojson(store: Store, out: Path) -> int:
    from frontwatch.fusion import control_timelines, fuse_events, load_book

    book = load_book(store)
    collection = feature_collection(fuse_events(store, book=book), control_timelines(store, book=book).values(), book)
    out.write_text(json.dumps(collection, ensure_ascii=False), encoding="utf-8")
    return len(collection["features"])
