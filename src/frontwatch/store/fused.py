"""Reads that feed fusion (reports, control claims, actors) and the fused-event writer.

Rows become the fusion records of :mod:`frontwatch.records` here, so ``fuse/`` stays free of I/O.
Only asserted and attributed facts are read unless ``facts_only=False``.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Iterator
from typing import Any

from frontwatch.records import PLAIN_FACT_CERTAINTIES, ControlClaim, FusedEvent, PlaceInfo, Report
from frontwatch.store.db import Store

FACTS = list(PLAIN_FACT_CERTAINTIES)
_PLACE = """p.id AS p_id, p.name AS p_name, p.latitude AS p_lat, p.longitude AS p_lon, p.country AS p_country,
            p.admin1 AS p_admin1, p.admin2 AS p_admin2, p.kind AS p_kind, p.is_area AS p_is_area"""
_OUTLET = "coalesce(nullif(trim(a.source), ''), a.id) AS outlet"


def _certainty_clause(alias: str, facts_only: bool) -> tuple[str, list[Any]]:
    if facts_only:
        return f"{alias}.certainty IN (SELECT unnest(?))", [FACTS]
    return "TRUE", []


def place_from_row(row: dict[str, Any], text: str = "") -> PlaceInfo:
    return PlaceInfo(
        id=row.get("p_id") or "", name=row.get("p_name") or "", latitude=row.get("p_lat"),
        longitude=row.get("p_lon"), country=row.get("p_country") or "", admin1=row.get("p_admin1") or "",
        admin2=row.get("p_admin2") or "", kind=row.get("p_kind") or "", is_area=bool(row.get("p_is_area")),
        text=text,
    )


_JOINED = """FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN places p ON p.id = e.place_id"""
# a background fact the text gives no date (a pluperfect, a past long before the report)
# is undated, not the report's: only a fact of the report's own time takes its day
_BEST_DATE = "coalesce(e.date, CASE WHEN e.background THEN NULL ELSE a.published END)"
_REPORTS = f"SELECT e.*, {_PLACE}, {_OUTLET}, a.url, {_BEST_DATE} AS best_date {_JOINED}"
# Reports read per query when streaming: about 35 MB of records, and few enough queries
# (each scans the events) that reading stays a small part of fusing.
REPORT_WINDOW_ROWS = 10_000


def read_reports(store: Store, *, facts_only: bool = True) -> list[Report]:
    """Every stored event as one article's report of it."""
    where, params = _certainty_clause("e", facts_only)
    rows = store.query(f"{_REPORTS} WHERE {where} ORDER BY e.article_id, e.sentence_start, e.id", params)
    return [_report(r) for r in rows]


def iter_reports_by_date(
    store: Store, *, facts_only: bool = True, window_rows: int = REPORT_WINDOW_ROWS
) -> Iterator[Report]:
    """Every stored event as a report, in date order (undated last), one window at a time.

    A window is a run of whole days holding about ``window_rows`` reports (more when
    one day holds more), read by one query and sorted by DuckDB; undated reports come
    last in slices of the events table. Each window is fetched whole before its
    reports are yielded, so the caller may write on the store in between, and neither
    DuckDB nor Python ever holds more than a window.
    """
    where, params = _certainty_clause("e", facts_only)
    cuts = _window_cuts(store, where, params, window_rows)
    for after, upto in zip([None, *cuts], [*cuts, None], strict=True):
        rows = store.query(
            f"""{_REPORTS} WHERE {where} AND {_BEST_DATE} IS NOT NULL
                AND (CAST(? AS DATE) IS NULL OR {_BEST_DATE} > ?) AND (CAST(? AS DATE) IS NULL OR {_BEST_DATE} <= ?)
                ORDER BY best_date""",
            [*params, after, after, upto, upto],
        )
        yield from (_report(r) for r in rows)
    # Undated reports in slices by a hash of their fact (``events`` is a view: it has no rowid).
    undated = int(store.scalar(f"SELECT count(*) {_JOINED} WHERE {where} AND {_BEST_DATE} IS NULL", params))
    slices = -(-undated // window_rows)
    for part in range(slices):
        rows = store.query(
            f"""{_REPORTS} WHERE {where} AND {_BEST_DATE} IS NULL AND hash(e.fact_key, e.id) % ? = ?
                ORDER BY e.article_id, e.sentence_start, e.id""",
            [*params, slices, part],
        )
        yield from (_report(r) for r in rows)


def _window_cuts(store: Store, where: str, params: list[Any], window_rows: int) -> list[dt.date]:
    """The last day of each window but the last: windows are (previous cut, cut], so
    together they cover every date even if reports were added after counting."""
    days = store.con.execute(
        f"""SELECT {_BEST_DATE} AS day, count(*) {_JOINED} WHERE {where} AND {_BEST_DATE} IS NOT NULL
            GROUP BY day ORDER BY day""",
        params,
    ).fetchall()
    cuts, size = [], 0
    for day, count in days:
        size += count
        if size >= window_rows:
            cuts.append(day)
            size = 0
    return cuts


def _report(r: dict[str, Any]) -> Report:
    precision = r["date_precision"] if r["date"] else ("day" if r["best_date"] else None)
    return Report(
        event_id=r["id"], article_id=r["article_id"], outlet=r["outlet"], type=(r["type"] or "").upper(),
        mode=r["mode"] or "", source_actor=r["source_actor"] or "", target_actor=r["target_actor"] or "",
        place=place_from_row(r, r["place_text"] or ""), date=r["best_date"], precision=precision,
        killed=r["killed"], injured=r["injured"], civilians=r["civilians"], certainty=r["certainty"] or "asserted",
        sentence=r["sentence"] or "", url=r["url"] or "", background=bool(r["background"]),
    )


def read_actor_rows(store: Store) -> list[dict[str, Any]]:
    return store.query("SELECT id, name, type, country, sector FROM actors")


def read_member_pairs(store: Store) -> list[tuple[str, str]]:
    rows = store.query(
        """SELECT DISTINCT source_actor, target_actor FROM relations
           WHERE kind = 'member_of' AND certainty IN (SELECT unnest(?))
             AND source_actor <> '' AND target_actor <> ''""",
        [FACTS],
    )
    return [(r["source_actor"], r["target_actor"]) for r in rows]


def read_control_claims(store: Store, *, facts_only: bool = True) -> list[ControlClaim]:
    where, params = _certainty_clause("c", facts_only)
    rows = store.query(
        f"""SELECT c.*, {_PLACE}, {_OUTLET}, coalesce(c.date, a.published) AS best_date
            FROM control_changes c JOIN articles a ON a.id = c.article_id LEFT JOIN places p ON p.id = c.place_id
            WHERE {where} ORDER BY best_date NULLS LAST, c.article_id, c.id""",
        params,
    )
    return [claim_from_row(r, place_from_row(r, r["place_text"] or "")) for r in rows]


def claim_from_row(row: dict[str, Any], place: PlaceInfo) -> ControlClaim:
    """A control_changes row (with ``best_date`` and ``outlet``) as a claim about ``place``."""
    return ControlClaim(
        change_id=row["id"], article_id=row["article_id"], place=place, controller=row["new_controller"] or "",
        previous=row["previous_controller"] or "", kind=row["kind"] or "", date=row["best_date"],
        precision=row["date_precision"] or ("day" if row["best_date"] else None),
        certainty=row["certainty"] or "asserted", sentence=row["sentence"] or "", outlet=row["outlet"],
    )


def fusion_is_stale(store: Store) -> bool:
    """Whether articles with events were stored, or events reviewed, after the last fusion: a run
    killed before (or during) its fusion leaves this true, so the next run fuses even if it stores nothing new."""
    return bool(store.scalar(
        """WITH fused AS (SELECT coalesce(max(computed_at), TIMESTAMP '1970-01-01') AS last_fused FROM fused_events)
           SELECT coalesce((SELECT max(processed_at) FROM articles WHERE id IN (SELECT article_id FROM events))
                           > (SELECT last_fused FROM fused), FALSE)
               OR coalesce((SELECT max(reviewed_at) FROM reviews WHERE record = 'event') > (SELECT last_fused FROM fused), FALSE)"""
    ))


def has_table(store: Store, name: str) -> bool:
    return bool(store.scalar("SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]))


def write_fused(store: Store, fused: Iterable[FusedEvent], *, chunk_events: int = 2000) -> None:
    """Replace the fused tables with ``fused``, in one transaction, ``chunk_events`` at a time.

    ``fused`` may be a generator: only one chunk of rows is built at a time, and readers
    see the old fused tables until the commit.
    """
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    store.con.execute("BEGIN")
    try:
        store.con.execute("DELETE FROM fused_event_members")
        store.con.execute("DELETE FROM fused_events")
        insert_fused(store, fused, now, chunk_events)
        store.con.execute("COMMIT")
    except BaseException:
        store.con.execute("ROLLBACK")
        raise


def insert_fused(store: Store, fused: Iterable[FusedEvent], now: dt.datetime, chunk_events: int) -> int:
    """Insert fused events and their members, ``chunk_events`` at a time (inside the caller's
    transaction); return how many were inserted."""
    iterator, count = iter(fused), 0
    while chunk := list(itertools.islice(iterator, chunk_events)):
        store._insert("fused_events", [_fused_row(f, now) for f in chunk])
        store._insert("fused_event_members", [
            {"fused_id": f.id, "event_id": r.event_id, "article_id": r.article_id, "outlet": r.outlet}
            for f in chunk for r in f.reports])
        count += len(chunk)
    return count


def _fused_row(f: FusedEvent, now: dt.datetime) -> dict[str, Any]:
    p = f.place
    return {
        "id": f.id, "type": f.type, "mode": f.mode, "source_actor": f.source_actor, "target_actor": f.target_actor,
        "actors": f.actors, "place_id": p.id, "place_name": p.name or p.text, "latitude": p.latitude,
        "longitude": p.longitude, "admin1": p.admin1, "country": p.country, "date_start": f.date_start,
        "date_end": f.date_end, "date_precision": f.precision, "killed_min": f.killed_min,
        "killed_max": f.killed_max, "killed_best": f.killed_best, "civilians_min": f.civilians_min, "civilians_max": f.civilians_max,
        "n_sources": f.n_sources, "n_reports": f.n_reports, "confidence": f.confidence,
        "contradiction": f.contradiction, "sentence": f.sentence, "computed_at": now,
    }
