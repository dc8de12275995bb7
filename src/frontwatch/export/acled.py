"""ACLED-style CSV: one row per fused event and per change of hands, ACLED's 31 columns.

How each column is derived is written down in ``ACLED.md`` beside this file.
"""

from __future__ import annotations

import csv
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from frontwatch.eventtypes import type_info
from frontwatch.export.codes import (
    acled_region,
    country_name,
    geo_precision,
    inter_code,
    interaction,
    iso_numeric,
    time_precision,
)
from frontwatch.fuse.actors import ActorBook
from frontwatch.fuse.control import Period, Timeline, transitions
from frontwatch.records import FusedEvent, PlaceInfo
from frontwatch.store import Store

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)


def _place_columns(place: PlaceInfo) -> dict[str, Any]:
    return {
        "iso": iso_numeric(place.country), "region": acled_region(place.country), "country": country_name(place.country),
        "admin1": place.admin1, "admin2": place.admin2, "admin3": "", "location": place.name or place.text,
        "latitude": _coord(place.latitude), "longitude": _coord(place.longitude),
        "geo_precision": geo_precision(has_place=bool(place.id), is_area=place.is_area, kind=place.kind),
    }


def _coord(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"


def _actor_columns(actor1: str, actor2: str, book: ActorBook, country: str, type_: str, mode: str) -> dict[str, Any]:
    inter1 = inter_code(actor1, book, country=country, event_type=type_, mode=mode)
    inter2 = inter_code(actor2, book, country=country, event_type=type_, mode=mode, as_source=False)
    return {
        "actor1": book.name(actor1) if actor1 else "", "assoc_actor_1": "", "inter1": inter1,
        "actor2": book.name(actor2) if actor2 else "", "assoc_actor_2": "", "inter2": inter2,
        "interaction": interaction(inter1, inter2),
    }


def event_row(event: FusedEvent, book: ActorBook, *, timestamp: int) -> dict[str, Any]:
    """The ACLED row of one fused event."""
    info = type_info(event.type, event.mode)
    actors = _actor_columns(event.source_actor, event.target_actor, book, event.place.country, event.type, event.mode)
    civilian = actors["inter2"] == "7" and event.type == "ASSAULT"
    tags = [f"frontwatch sources={event.n_sources}", f"confidence={event.confidence}"]
    return {
        "event_id_cnty": f"{event.place.country or 'XXX'}-{event.id}",
        "event_date": event.date_start.isoformat() if event.date_start else "",
        "year": event.date_start.year if event.date_start else "", "time_precision": time_precision(event.precision),
        "disorder_type": info.get("disorder_type") or "", "event_type": info.get("acled_event_type") or "",
        "sub_event_type": info.get("acled_sub_event_type") or "", **actors,
        "civilian_targeting": "Civilian targeting" if civilian else "", **_place_columns(event.place),
        "source": "; ".join(event.outlets), "source_scale": "", "notes": event.sentence,
        "fatalities": event.killed_min if event.killed_min is not None else 0,
        "tags": "; ".join(tags + ([f"contradiction: {event.contradiction}"] if event.contradiction else [])),
        "timestamp": timestamp,
    }


def control_row(timeline: Timeline, period: Period, previous: str, book: ActorBook, *, timestamp: int) -> dict[str, Any]:
    """The ACLED territory row of one change of hands."""
    place = timeline.place
    actors = _actor_columns(period.controller, previous, book, place.country, "", "")
    sub_event, event_type, disorder = _territory_type(period, actors["inter1"])
    return {
        "event_id_cnty": f"{place.country or 'XXX'}-cc_{period.claims[0].change_id}",
        "event_date": period.start.isoformat(), "year": period.start.year,
        "time_precision": time_precision(period.claims[0].precision), "disorder_type": disorder,
        "event_type": event_type, "sub_event_type": sub_event, **actors, "civilian_targeting": "",
        **_place_columns(place), "source": "; ".join(sorted({c.outlet for c in period.claims})), "source_scale": "",
        "notes": period.sentence, "fatalities": 0,
        "tags": f"contradiction: {period.conflict}" if period.conflict else "", "timestamp": timestamp,
    }


def _territory_type(period: Period, inter1: str) -> tuple[str, str, str]:
    if all(c.kind == "withdrawal" for c in period.claims):
        return "Non-violent transfer of territory", "Strategic developments", "Strategic developments"
    if inter1 == "1":
        return "Government regains territory", "Battles", "Political violence"
    return "Non-state actor overtakes territory", "Battles", "Political violence"


def acled_rows(events: Iterable[FusedEvent], timelines: Iterable[Timeline], book: ActorBook,
               *, timestamp: int | None = None) -> list[dict[str, Any]]:
    stamp = int(time.time()) if timestamp is None else timestamp
    rows = [event_row(e, book, timestamp=stamp) for e in events]
    rows += [control_row(t, p, prev, book, timestamp=stamp) for t, p, prev in transitions(timelines, None, None)]
    return sorted(rows, key=lambda r: (r["event_date"], r["event_id_cnty"]))


def write_acled(store: Store, out: Path) -> int:
    """Write the store's fused events and changes of hands as ACLED CSV; return rows written."""
    from frontwatch.fusion import control_timelines, fuse_events, load_book

    book = load_book(store)
    rows = acled_rows(fuse_events(store, book=book), control_timelines(store, book=book).values(), book)
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=ACLED_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)
