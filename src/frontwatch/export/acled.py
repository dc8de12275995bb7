"""ACLED-style CSV: one row per fused event and per change of hands, ACLED's 31 columns.

How each column is derived is written down in ``ACLED.md`` beside this file. A row is written
only when it has what an ACLED user needs (a date, actor 1, a located place with its
geo-precision); the others are counted by reason and stay in the other formats.
"""

from __future__ import annotations

import csv
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from frontwatch.eventtypes import acled_types, type_info
from frontwatch.export.codes import (
    acled_region,
    civilian_actor,
    country_name,
    geo_precision,
    inter_code,
    interaction,
    iso_numeric,
    time_precision,
    unidentified_actor,
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


def _event_actors(event: FusedEvent, book: ActorBook) -> dict[str, Any]:
    """Actor columns, with ACLED's names for the civilians killed and for an unnamed side."""
    actors = _actor_columns(event.source_actor, event.target_actor, book, event.place.country, event.type, event.mode)
    if not actors["actor2"] and (event.civilians_min or 0) > 0:  # "killing 12 civilians": the victims are actor 2
        actors["actor2"], actors["inter2"] = civilian_actor(event.place.country)
    civilian = actors["inter2"] == "7"
    event_type, sub_event = acled_types(event.type, event.mode, civilian_target=civilian)
    if not actors["actor1"]:
        actors["actor1"], actors["inter1"] = unidentified_actor(event_type, event.place.country)
    actors["interaction"] = interaction(actors["inter1"], actors["inter2"])
    return {**actors, "event_type": event_type, "sub_event_type": sub_event,
            "civilian_targeting": "Civilian targeting" if civilian and event.type == "ASSAULT" else ""}


def event_row(event: FusedEvent, book: ActorBook, *, timestamp: int) -> dict[str, Any]:
    """The ACLED row of one fused event."""
    info = type_info(event.type, event.mode)
    tags = [f"frontwatch sources={event.n_sources}", f"confidence={event.confidence}"]
    if event.killed_best is not None:
        tags.append(f"fatalities best={event.killed_best} low={event.killed_min} high={event.killed_max}")
    return {
        "event_id_cnty": f"{event.place.country or 'XXX'}-{event.id}",
        "event_date": event.date_start.isoformat() if event.date_start else "",
        "year": event.date_start.year if event.date_start else "", "time_precision": time_precision(event.precision),
        "disorder_type": info.get("disorder_type") or "", **_event_actors(event, book), **_place_columns(event.place),
        "source": "; ".join(event.outlets), "source_scale": "", "notes": event.sentence,
        "fatalities": event.killed_min if event.killed_min is not None else 0,
        "tags": "; ".join(tags + ([f"contradiction: {event.contradiction}"] if event.contradiction else [])),
        "timestamp": timestamp, "_place_kind": event.place.kind, "_precision": event.precision,
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
        "_place_kind": place.kind, "_precision": period.claims[0].precision,
    }


def _territory_type(period: Period, inter1: str) -> tuple[str, str, str]:
    if all(c.kind == "withdrawal" for c in period.claims):
        return "Non-violent transfer of territory", "Strategic developments", "Strategic developments"
    if inter1 == "1":
        return "Government regains territory", "Battles", "Political violence"
    return "Non-state actor overtakes territory", "Battles", "Political violence"


# Why an event is not an ACLED row, checked in this order; each is counted in the summary.
NO_DATE, VAGUE_DATE = "no event date", "date known only to the year"
NO_LOCATION, COUNTRY_ONLY = "no located place", "place known only as a country"
NO_ACTOR1 = "no actor 1"
LEFT_OUT_REASONS = (NO_DATE, VAGUE_DATE, NO_LOCATION, COUNTRY_ONLY, NO_ACTOR1)


@dataclass
class AcledExport:
    """The rows an ACLED user would accept, and how many events were left out, by reason."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    left_out: Counter[str] = field(default_factory=Counter)

    @property
    def fatalities(self) -> int:
        return sum(int(r["fatalities"] or 0) for r in self.rows)

    def summary(self) -> str:
        """One line for the CLI: rows, their fatalities, and what was left out and why."""
        line = f"{len(self.rows)} ACLED rows, {self.fatalities} fatalities"
        if not self.left_out:
            return line
        reasons = ", ".join(f"{reason} {self.left_out[reason]}" for reason in LEFT_OUT_REASONS if self.left_out[reason])
        return f"{line}; {sum(self.left_out.values())} events left out (kept in the other formats): {reasons}"


def left_out_reason(row: dict[str, Any]) -> str:
    """Why a row lacks what ACLED requires ('' when it has it all)."""
    if not row["event_date"]:
        return NO_DATE
    if row["_precision"] not in ("day", "week", "month"):  # ACLED's precision goes to a month
        return VAGUE_DATE
    if not (row["latitude"] and row["longitude"] and row["geo_precision"]):
        return NO_LOCATION
    if row["_place_kind"] == "country":
        return COUNTRY_ONLY
    return "" if row["actor1"] else NO_ACTOR1


def acled_export(events: Iterable[FusedEvent], timelines: Iterable[Timeline], book: ActorBook,
                 *, timestamp: int | None = None) -> AcledExport:
    stamp = int(time.time()) if timestamp is None else timestamp
    candidates = [event_row(e, book, timestamp=stamp) for e in events]
    candidates += [control_row(t, p, prev, book, timestamp=stamp) for t, p, prev in transitions(timelines, None, None)]
    export = AcledExport()
    for row in candidates:
        reason = left_out_reason(row)
        if reason:
            export.left_out[reason] += 1
        else:
            export.rows.append({k: v for k, v in row.items() if k in ACLED_COLUMNS})
    export.rows.sort(key=lambda r: (r["event_date"], r["event_id_cnty"]))
    return export


def write_acled(store: Store, out: Path) -> AcledExport:
    """Write the store's fused events and changes of hands as ACLED CSV; return what was written."""
    from frontwatch.fusion import control_timelines, fuse_events, load_book

    book = load_book(store)
    export = acled_export(fuse_events(store, book=book), control_timelines(store, book=book).values(), book)
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=ACLED_COLUMNS)
        writer.writeheader()
        writer.writerows(export.rows)
    return export
