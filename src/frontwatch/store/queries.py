"""The questions the CLI, reports and server ask of the store, with bound parameters only."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from frontwatch.records import PLAIN_FACT_CERTAINTIES
from frontwatch.store.db import Store

MAX_LIMIT = 10_000


@dataclass(frozen=True)
class EventFilter:
    """Filters shared by every event query. None means 'any'."""

    actor: str | None = None  # actor id or a substring of the actor's text
    type: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    place: str | None = None  # place id, place name substring, or governorate
    certainty: str | None = "facts"  # 'facts' (asserted+attributed), 'all', or one label
    include_background: bool = True


def event_where(f: EventFilter) -> tuple[str, list[Any]]:
    """SQL WHERE text (placeholders only) and its bound parameters for an event filter."""
    clauses, params = ["TRUE"], []
    if f.actor:
        clauses.append("(e.source_actor = ? OR e.target_actor = ? OR e.source_text ILIKE ? OR e.target_text ILIKE ?)")
        params += [f.actor, f.actor, f"%{f.actor}%", f"%{f.actor}%"]
    if f.type:
        clauses.append("e.type = ?")
        params.append(f.type.upper())
    if f.since:
        clauses.append("e.date >= ?")
        params.append(f.since)
    if f.until:
        clauses.append("e.date <= ?")
        params.append(f.until)
    if f.place:
        clauses.append("(e.place_id = ? OR e.place_text ILIKE ? OR p.name ILIKE ? OR p.admin1 ILIKE ?)")
        params += [f.place, f"%{f.place}%", f"%{f.place}%", f.place]
    if f.certainty == "facts":
        clauses.append("e.certainty IN (SELECT unnest(?))")
        params.append(list(PLAIN_FACT_CERTAINTIES))
    elif f.certainty and f.certainty != "all":
        clauses.append("e.certainty = ?")
        params.append(f.certainty)
    if not f.include_background:
        clauses.append("NOT coalesce(e.background, FALSE)")
    return " AND ".join(clauses), params


EVENT_COLUMNS = """
    e.id, e.article_id, e.type, e.mode, e.trigger, e.source_actor, e.target_actor,
    e.source_text, e.target_text, e.place_text, e.place_id, p.name AS place_name,
    p.latitude, p.longitude, p.admin1, p.country, e.date, e.date_precision, e.date_text,
    e.background, e.certainty, e.attributed_to, e.certainty_cue, e.killed, e.injured,
    e.civilians, e.children, e.women, e.instrument, e.sentence_start, e.sentence_end,
    e.sentence, a.title AS article_title, a.source AS article_source, a.url AS article_url,
    a.published
"""


def select_events(store: Store, f: EventFilter = EventFilter(), *, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    where, params = event_where(f)
    # Page first, then join the page's articles: the join costs a page, not the whole store.
    order = "e.date NULLS LAST, e.article_id, e.sentence_start, e.id"
    sql = f"""
        SELECT {EVENT_COLUMNS}
        FROM (SELECT e.* FROM events e LEFT JOIN places p ON p.id = e.place_id
              WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?) e
        LEFT JOIN places p ON p.id = e.place_id JOIN articles a ON a.id = e.article_id
        ORDER BY {order}
    """
    return store.query(sql, [*params, min(limit, MAX_LIMIT), offset])


def count_events(store: Store, f: EventFilter = EventFilter()) -> int:
    where, params = event_where(f)
    # No join to articles: every event's article row is written in the same transaction.
    sql = f"""SELECT count(*) FROM events e LEFT JOIN places p ON p.id = e.place_id WHERE {where}"""
    return int(store.scalar(sql, params))


def select_actors(store: Store, *, search: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
    """Actors seen in the store's events and relations, most active first."""
    sql = """
        WITH seen AS (
            SELECT source_actor AS id FROM events UNION ALL SELECT target_actor FROM events
            UNION ALL SELECT source_actor FROM relations UNION ALL SELECT target_actor FROM relations
        ), counts AS (SELECT id, count(*) AS n FROM seen WHERE id <> '' GROUP BY id)
        SELECT a.id, a.name, a.type, a.country, a.sector, a.aliases, c.n AS activity
        FROM counts c JOIN actors a ON a.id = c.id
        WHERE ? IS NULL OR a.id ILIKE ? OR a.name ILIKE ?
        ORDER BY c.n DESC, a.id LIMIT ?
    """
    like = f"%{search}%" if search else None
    return store.query(sql, [search, like, like, min(limit, MAX_LIMIT)])


def select_unknown_actors(store: Store, *, limit: int = 50) -> list[dict[str, Any]]:
    """Unresolved actor-like mentions, most frequent first, with an example sentence."""
    sql = """
        SELECT m.text, m.label, count(*) AS mentions, count(DISTINCT m.article_id) AS articles,
               any_value(s.text) AS example
        FROM mentions m LEFT JOIN sentences s
          ON s.article_id = m.article_id AND s.sentence_index = m.sentence_index
        WHERE m.resolution = 'unresolved' AND m.label IN ('ORG', 'NORP', 'PERSON', 'ACTOR')
        GROUP BY m.text, m.label ORDER BY mentions DESC, m.text LIMIT ?
    """
    return store.query(sql, [min(limit, MAX_LIMIT)])


def select_places(store: Store, *, search: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
    sql = """
        SELECT p.id, p.name, p.latitude, p.longitude, p.country, p.admin1, p.kind,
               count(e.id) AS events
        FROM places p LEFT JOIN events e ON e.place_id = p.id
        WHERE ? IS NULL OR p.name ILIKE ? OR p.admin1 ILIKE ? OR p.id = ?
        GROUP BY ALL ORDER BY events DESC, p.name LIMIT ?
    """
    like = f"%{search}%" if search else None
    return store.query(sql, [search, like, like, search, min(limit, MAX_LIMIT)])


def select_fused_events(store: Store, *, since: dt.date | None = None, until: dt.date | None = None,
                        type: str | None = None, place: str | None = None, min_sources: int = 1,  # noqa: A002
                        limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Stored fused events (see ``frontwatch.fuse.fuse_store``), gravest and best-sourced first."""
    sql = """
        SELECT * EXCLUDE (computed_at) FROM fused_events
        WHERE (? IS NULL OR date_end >= ?) AND (? IS NULL OR date_start <= ?) AND (? IS NULL OR type = ?)
          AND (? IS NULL OR place_id = ? OR place_name ILIKE ? OR admin1 ILIKE ?) AND n_sources >= ?
        ORDER BY coalesce(killed_max, 0) DESC, n_sources DESC, date_start NULLS LAST, id LIMIT ? OFFSET ?
    """
    kind = type.upper() if type else None
    like = f"%{place}%" if place else None
    params = [since, since, until, until, kind, kind, place, place, like, place, min_sources,
              min(limit, MAX_LIMIT), offset]
    return store.query(sql, params)


def select_fused_members(store: Store, fused_id: str) -> list[dict[str, Any]]:
    """Every report behind one fused event: outlet, article, date, toll, certainty and sentence."""
    sql = """
        SELECT m.outlet, m.article_id, a.title, a.url, e.id AS event_id, e.date, e.source_actor, e.target_actor,
               e.killed, e.civilians, e.certainty, e.sentence
        FROM fused_event_members m
        JOIN events e ON e.id = m.event_id AND e.article_id = m.article_id
        JOIN articles a ON a.id = m.article_id
        WHERE m.fused_id = ? ORDER BY e.date NULLS LAST, m.outlet, m.article_id
    """
    return store.query(sql, [fused_id])
