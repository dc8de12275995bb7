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
    place_ids: tuple[str, ...] = ()  # with place: the ids the gazetteer knows by that name
    certainty: str | None = "facts"  # 'facts' (asserted+attributed), 'all', or one label
    include_background: bool = True


def event_where(f: EventFilter) -> tuple[str, list[Any]]:
    """SQL WHERE text (placeholders only) and its bound parameters for an event filter.
    It names only ``events e``: callers need no join to use it."""
    clauses: list[str] = ["TRUE"]
    params: list[Any] = []
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
        # A subquery on places rather than a join: counts and aggregates then read events alone.
        clauses.append("(e.place_id = ? OR e.place_text ILIKE ? OR e.place_id IN "
                       "(SELECT id FROM places WHERE name ILIKE ? OR admin1 ILIKE ?)"
                       + (" OR e.place_id IN (SELECT unnest(?))" if f.place_ids else "") + ")")
        params += [f.place, f"%{f.place}%", f"%{f.place}%", f.place]
        params += [list(f.place_ids)] if f.place_ids else []
    if f.certainty == "facts":
        clauses.append("e.certainty IN (SELECT unnest(?))")
        params.append(list(PLAIN_FACT_CERTAINTIES))
    elif f.certainty and f.certainty != "all":
        clauses.append("e.certainty = ?")
        params.append(f.certainty)
    if not f.include_background:
        clauses.append("NOT coalesce(e.background, FALSE)")
    return " AND ".join(clauses), params


PAGE_COLUMNS = """
    e.id, e.article_id, e.type, e.mode, e.trigger, e.source_actor, e.target_actor,
    e.source_text, e.target_text, e.place_text, e.place_id, p.name AS place_name,
    p.latitude, p.longitude, p.admin1, p.country, e.date, e.date_precision, e.date_text,
    e.background, e.certainty, e.attributed_to, e.certainty_cue, e.killed, e.injured,
    e.civilians, e.children, e.women, e.instrument, e.sentence_start, e.sentence_end,
    e.sentence, e.fact_key, e.review, e.repeats, e.found_by
"""
ARTICLE_COLUMNS = "a.title AS article_title, a.source AS article_source, a.url AS article_url, a.published"
EVENT_COLUMNS = f"{PAGE_COLUMNS}, {ARTICLE_COLUMNS}"
# Up to this many ids go in one IN list: DuckDB answers those from the primary-key index.
ID_LOOKUP_CHUNK = 500
# Pages naming more articles than this read them in one scan (a lookup costs ~0.1 ms each).
FEW_ARTICLES = 300
PUBLISHED_AFTER = dt.timedelta(days=31)


def select_events(store: Store, f: EventFilter = EventFilter(), *, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    where, params = event_where(f)
    order = "e.date NULLS LAST, e.article_id, e.sentence_start, e.id"
    sql = f"""
        SELECT {PAGE_COLUMNS}
        FROM (SELECT e.* FROM events e WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?) e
        LEFT JOIN places p ON p.id = e.place_id
        ORDER BY {order}
    """
    page = store.query(sql, [*params, min(limit, MAX_LIMIT), offset])
    return _with_articles(store, page)


def _with_articles(store: Store, page: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The page's rows with their article's columns; rows whose article is missing are left out.

    Not a join: that reads the whole articles table (2M rows in a 10M-event store) to find a
    page's hundred. Articles are first read among those published around the page's dates
    (which the date's zone maps find without reading the rest), then any not found there by id."""
    ids = {row["article_id"] for row in page if row["article_id"]}
    dates = [row["date"] for row in page if row["date"] is not None]
    if len(ids) > FEW_ARTICLES:  # a big page: one scan of the articles beats many small reads
        articles = _select_article_heads_scan(store, ids)
    else:
        articles = select_article_heads_near(store, ids, min(dates), max(dates)) if dates else {}
        articles.update(select_article_heads(store, ids - articles.keys()))
    return [{**row, **articles[row["article_id"]]} for row in page if row["article_id"] in articles]


def select_article_heads_near(store: Store, ids: set[str], first: dt.date, last: dt.date) -> dict[str, dict[str, Any]]:
    """Those of these articles published from ``first`` to a month after ``last`` (news is
    published after the events it reports), read by date range; the others are not returned."""
    rows = store.query(
        f"""SELECT a.id, {ARTICLE_COLUMNS} FROM articles a
            WHERE a.published BETWEEN ? AND ? AND list_contains(?, a.id)""",
        [first, last + PUBLISHED_AFTER, sorted(ids)],
    )
    return {row.pop("id"): row for row in rows}


def _select_article_heads_scan(store: Store, ids: set[str]) -> dict[str, dict[str, Any]]:
    rows = store.query(f"SELECT a.id, {ARTICLE_COLUMNS} FROM articles a WHERE a.id IN (SELECT unnest(?))",
                       [sorted(ids)])
    return {row.pop("id"): row for row in rows}


def select_article_heads(store: Store, ids: set[str], columns: str = ARTICLE_COLUMNS) -> dict[str, dict[str, Any]]:
    """Title, outlet, address and date of these articles (or other ``columns`` of ``a``, fixed
    in code), by id: index lookups, each costing about a column's read, so ask only for what is needed."""
    ordered, heads = sorted(ids), {}
    for start in range(0, len(ordered), ID_LOOKUP_CHUNK):
        chunk = ordered[start:start + ID_LOOKUP_CHUNK]
        marks = ", ".join("?" * len(chunk))
        for row in store.query(f"SELECT a.id, {columns} FROM articles a WHERE a.id IN ({marks})", chunk):
            heads[row.pop("id")] = row
    return heads


def count_events(store: Store, f: EventFilter = EventFilter()) -> int:
    where, params = event_where(f)
    # No join to articles: every event's article row is written in the same transaction.
    return int(store.scalar(f"SELECT count(*) FROM events e WHERE {where}", params))


def select_timeline(store: Store, f: EventFilter, *, bucket: str) -> list[dict[str, Any]]:
    """Events per day, week, month or year (undated events are left out)."""
    where, params = event_where(f)
    # event_where names events alone, so a count over time needs no join at all.
    sql = f"""
        SELECT date_trunc(?, e.date)::DATE AS period, count(*) AS events, sum(coalesce(e.killed, 0)) AS killed
        FROM events e WHERE e.date IS NOT NULL AND {where}
        GROUP BY period ORDER BY period
    """
    return store.query(sql, [bucket, *params])


def select_event_places(store: Store, f: EventFilter, *, limit: int) -> list[dict[str, Any]]:
    """Matching events counted per resolved place (the map's markers), busiest first."""
    where, params = event_where(f)
    # Aggregates need no article columns, and every event's article is stored with it: no join to articles.
    sql = f"""
        SELECT p.id, p.name, p.latitude, p.longitude, p.admin1, p.country, count(*) AS events,
               sum(coalesce(e.killed, 0)) AS killed, min(e.date) AS first_date, max(e.date) AS last_date
        FROM events e LEFT JOIN places p ON p.id = e.place_id WHERE p.latitude IS NOT NULL AND {where}
        GROUP BY ALL ORDER BY events DESC, p.name LIMIT ?
    """
    return store.query(sql, [*params, limit])


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


def select_actor_nodes(store: Store, ids: list[str]) -> list[dict[str, Any]]:
    """These actor ids with their name (the id when unknown), type, country and sector, by id."""
    return store.query(
        """SELECT i.id, coalesce(a.name, i.id) AS name, a.type, a.country, a.sector
           FROM (SELECT unnest(?) AS id) i LEFT JOIN actors a ON a.id = i.id ORDER BY i.id""",
        [ids],
    )


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


def select_places(store: Store, *, search: str | None = None, ids: tuple[str, ...] = (),
                  limit: int = 100) -> list[dict[str, Any]]:
    """Places whose name, governorate or id matches ``search``, or whose id is in ``ids``
    (the places the gazetteer knows by that name in another spelling)."""
    sql = """
        SELECT p.id, p.name, p.latitude, p.longitude, p.country, p.admin1, p.kind,
               count(e.id) AS events
        FROM places p LEFT JOIN events e ON e.place_id = p.id
        WHERE ? IS NULL OR p.name ILIKE ? OR p.admin1 ILIKE ? OR p.id = ?
              OR p.id IN (SELECT unnest(?::VARCHAR[]))
        GROUP BY ALL ORDER BY events DESC, p.name LIMIT ?
    """
    like = f"%{search}%" if search else None
    return store.query(sql, [search, like, like, search, list(ids), min(limit, MAX_LIMIT)])


def select_fused_events(store: Store, *, since: dt.date | None = None, until: dt.date | None = None,
                        type: str | None = None, place: str | None = None, min_sources: int = 1,
                        limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Stored fused events (see ``frontwatch.fusion.fuse_store``), gravest and best-sourced first."""
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
    """Every report behind one fused event: outlet, article, date, toll, certainty, sentence and
    review (confirm or edit; a rejected report is no longer among them)."""
    sql = """
        SELECT m.outlet, m.article_id, a.title, a.url, e.id AS event_id, e.date, e.source_actor, e.target_actor,
               e.killed, e.civilians, e.certainty, e.sentence, e.review
        FROM fused_event_members m
        JOIN events e ON e.id = m.event_id AND e.article_id = m.article_id
        JOIN articles a ON a.id = m.article_id
        WHERE m.fused_id = ? ORDER BY e.date NULLS LAST, m.outlet, m.article_id
    """
    return store.query(sql, [fused_id])


def select_actor_book_rows(store: Store, ids: set[str]) -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
    """The actors rows of these ids and the fact member_of pairs between two of them: all an
    ActorBook needs to compare these actors with one another."""
    wanted = sorted(ids)
    actors = store.query("SELECT id, name, type, country, sector FROM actors WHERE id IN (SELECT unnest(?))",
                         [wanted])
    pairs = store.query(
        """SELECT DISTINCT source_actor, target_actor FROM relations
           WHERE kind = 'member_of' AND certainty IN (SELECT unnest(?))
             AND source_actor IN (SELECT unnest(?)) AND target_actor IN (SELECT unnest(?))""",
        [list(PLAIN_FACT_CERTAINTIES), wanted, wanted],
    )
    return actors, [(r["source_actor"], r["target_actor"]) for r in pairs]


def select_unknown_places(store: Store, *, limit: int = 50) -> list[dict[str, Any]]:
    """Place names the gazetteer could not place themselves, most frequent first, with an example
    sentence: unresolved, or only put at the point of a town they were said to be near."""
    sql = """
        SELECT m.text, count(*) AS mentions, count(DISTINCT m.article_id) AS articles,
               count(*) FILTER (WHERE m.resolution = 'nearby') AS placed_nearby, any_value(s.text) AS example
        FROM mentions m LEFT JOIN sentences s
          ON s.article_id = m.article_id AND s.sentence_index = m.sentence_index
        WHERE m.resolution IN ('unresolved', 'nearby') AND m.label IN ('GPE', 'LOC', 'FAC')
        GROUP BY m.text ORDER BY mentions DESC, m.text LIMIT ?
    """
    return store.query(sql, [min(limit, MAX_LIMIT)])
