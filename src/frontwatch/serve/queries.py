"""The questions only the server asks: one event with its sources, an article, the network,
control as of a day, the timeline. Values are always bound parameters; the only names put
into SQL text come from the store's own catalogue, checked against fixed lists."""

from __future__ import annotations

import datetime as dt
from typing import Any

from frontwatch.records import PLAIN_FACT_CERTAINTIES
from frontwatch.store.db import Store
from frontwatch.store.queries import EVENT_COLUMNS, EventFilter, event_where

EVENT_FROM = "events e LEFT JOIN places p ON p.id = e.place_id JOIN articles a ON a.id = e.article_id"
# Aggregates need no article columns, and every event's article is stored with it: skip that join.
AGGREGATE_FROM = "events e LEFT JOIN places p ON p.id = e.place_id"
# event_where names events alone, so a count over time needs no join at all.
TIMELINE_FROM = "events e"
FUSED_TABLE = "fused_event_members"
FUSED_GROUP_COLUMNS = ("fused_id", "fused_event_id", "group_id", "cluster_id")
FUSED_MEMBER_COLUMNS = ("event_id", "member_id", "member_event_id")


def _certainty_clause(column: str, certainty: str) -> tuple[str, list[Any]]:
    if certainty == "facts":
        return f"{column} IN (SELECT unnest(?))", [list(PLAIN_FACT_CERTAINTIES)]
    if certainty == "all":
        return "TRUE", []
    return f"{column} = ?", [certainty]


def select_event(store: Store, event_id: str) -> dict[str, Any] | None:
    rows = store.query(f"SELECT {EVENT_COLUMNS} FROM {EVENT_FROM} WHERE e.id = ? LIMIT 1", [event_id])
    return rows[0] if rows else None


def fused_columns(store: Store) -> tuple[str, str] | None:
    """(group column, member column) of the fused-members table, or None if it is not there."""
    rows = store.query("SELECT column_name FROM information_schema.columns WHERE table_name = ?", [FUSED_TABLE])
    names = {r["column_name"] for r in rows}
    group = next((c for c in FUSED_GROUP_COLUMNS if c in names), None)
    member = next((c for c in FUSED_MEMBER_COLUMNS if c in names), None)
    return (group, member) if group and member else None


def select_event_sources(store: Store, event_id: str) -> list[dict[str, Any]]:
    """Every reported event fused with this one (itself included), or just itself."""
    columns = fused_columns(store)
    if columns is None:
        event = select_event(store, event_id)
        return [event] if event else []
    group, member = columns  # names checked against fixed lists above
    sql = f"""
        SELECT {EVENT_COLUMNS} FROM {EVENT_FROM}
        WHERE e.id = ? OR e.id IN (
            SELECT {member} FROM {FUSED_TABLE} WHERE {group} IN (
                SELECT {group} FROM {FUSED_TABLE} WHERE {member} = ? OR {group} = ?))
        ORDER BY a.published NULLS LAST, e.article_id, e.sentence_start
    """
    return store.query(sql, [event_id, event_id, event_id])


def select_fused(store: Store, event_id: str) -> dict[str, Any] | None:
    """The fused event this report belongs to (or that has this id), if fusion has run."""
    names = {r["table_name"] for r in store.query(
        "SELECT table_name FROM information_schema.tables WHERE table_name IN ('fused_events', ?)", [FUSED_TABLE])}
    if names != {"fused_events", FUSED_TABLE} or fused_columns(store) != ("fused_id", "event_id"):
        return None
    rows = store.query(
        f"""SELECT f.* EXCLUDE (computed_at) FROM fused_events f
            WHERE f.id = ? OR f.id IN (SELECT fused_id FROM {FUSED_TABLE} WHERE event_id = ?) LIMIT 1""",
        [event_id, event_id],
    )
    return rows[0] if rows else None


def select_article(store: Store, article_id: str) -> dict[str, Any] | None:
    rows = store.query(
        """SELECT id, title, source, url, published, date_source, language, status, text
           FROM articles WHERE id = ?""",
        [article_id],
    )
    return rows[0] if rows else None


def select_timeline(store: Store, f: EventFilter, *, bucket: str) -> list[dict[str, Any]]:
    """Events per day, week, month or year (undated events are left out)."""
    where, params = event_where(f)
    sql = f"""
        SELECT date_trunc(?, e.date)::DATE AS period, count(*) AS events, sum(coalesce(e.killed, 0)) AS killed
        FROM {TIMELINE_FROM} WHERE e.date IS NOT NULL AND {where}
        GROUP BY period ORDER BY period
    """
    return store.query(sql, [bucket, *params])


def select_event_places(store: Store, f: EventFilter, *, limit: int) -> list[dict[str, Any]]:
    """Matching events counted per resolved place (the map's markers), busiest first."""
    where, params = event_where(f)
    sql = f"""
        SELECT p.id, p.name, p.latitude, p.longitude, p.admin1, p.country, count(*) AS events,
               sum(coalesce(e.killed, 0)) AS killed, min(e.date) AS first_date, max(e.date) AS last_date
        FROM {AGGREGATE_FROM} WHERE p.latitude IS NOT NULL AND {where}
        GROUP BY ALL ORDER BY events DESC, p.name LIMIT ?
    """
    return store.query(sql, [*params, limit])


def select_control(store: Store, *, as_of: dt.date | None, place: str | None,
                   certainty: str) -> list[dict[str, Any]]:
    """Latest control observation per place up to a day, with its sentence."""
    clause, params = _certainty_clause("c.certainty", certainty)
    like = f"%{place}%" if place else None
    sql = f"""
        WITH ranked AS (
            SELECT c.*, count(*) OVER w AS observations, row_number() OVER (
                PARTITION BY coalesce(nullif(c.place_id, ''), lower(c.place_text))
                ORDER BY c.date DESC NULLS LAST, c.sentence_start DESC) AS rank
            FROM control_changes c
            WHERE {clause} AND (?::DATE IS NULL OR c.date <= ?::DATE)
            WINDOW w AS (PARTITION BY coalesce(nullif(c.place_id, ''), lower(c.place_text)))
        )
        SELECT r.id, r.article_id, r.kind, r.place_text, r.place_id, p.name AS place_name,
               p.latitude, p.longitude, p.admin1, r.new_controller, coalesce(n.name, r.new_controller_text)
               AS new_controller_name, r.previous_controller, r.date, r.certainty, r.observations,
               r.sentence_start, r.sentence_end, r.sentence
        FROM ranked r LEFT JOIN places p ON p.id = r.place_id LEFT JOIN actors n ON n.id = r.new_controller
        WHERE r.rank = 1 AND (? IS NULL OR r.place_id = ? OR r.place_text ILIKE ? OR p.name ILIKE ?
                              OR p.admin1 ILIKE ?)
        ORDER BY r.date DESC NULLS LAST, r.place_text
    """
    return store.query(sql, [*params, as_of, as_of, place, place, like, like, like])


def select_place_timeline(store: Store, place: str) -> dict[str, Any] | None:
    """Who held one place when (fuse.control's periods and conflicts), from that place's claims only."""
    from dataclasses import asdict

    from frontwatch.fusion import place_timeline

    timeline = place_timeline(store, place)
    if timeline is None:
        return None

    def claim(c: Any) -> dict[str, Any]:
        return {"change_id": c.change_id, "article_id": c.article_id, "outlet": c.outlet, "date": c.date,
                "kind": c.kind, "controller": c.controller, "certainty": c.certainty, "sentence": c.sentence}

    return {
        "key": timeline.key, "place": asdict(timeline.place),
        "periods": [{"controller": p.controller, "start": p.start, "end": p.end, "reports": len(p.claims),
                     "conflict": p.conflict, "sentence": p.sentence, "claims": [claim(c) for c in p.claims]}
                    for p in timeline.periods],
        "conflicts": [{"date": c.date, "controllers": c.controllers, "note": c.note,
                       "claims": [claim(x) for x in c.claims]} for c in timeline.conflicts],
    }
