"""The interface's queries on a big store vs the same question on one flat table.

Fills a store with N synthetic events (plus articles, places, actors, relations and
control changes; bench/store_data.py), copies the same rows joined into flat tables,
then times each interface query (the functions the server and reports call) against
its flat-table twin. Goal: each within 2x of flat.

A twin answers the same question the same way, only from the flat copies, where every
row already carries its place, article and actor columns: the network twin runs the
interface's own SQL (store/ties.py) on flat_relations and flat_events; the timeline twin
reads one place's rows from flat_control and builds the timeline with fuse.control's
code. The two are timed in turn, so load from other work on the machine hits both alike.

    python bench/bench_store.py --sizes 1000000,10000000
    python bench/bench_store.py --sizes 200000 --repeat 3        # a quick look

Results: a table here and JSON under bench/results/.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import print_table, write_results
from store_data import fill

from frontwatch.fuse.actors import book_from_rows
from frontwatch.fuse.control import Timeline, build_timeline
from frontwatch.fusion import place_timeline
from frontwatch.records import PLAIN_FACT_CERTAINTIES
from frontwatch.serve.network import EVIDENCE_PER_EDGE, select_network
from frontwatch.store import Store
from frontwatch.store.control import select_control
from frontwatch.store.fused import claim_from_row, place_from_row
from frontwatch.store.queries import EventFilter, count_events, select_events, select_timeline
from frontwatch.store.ties import (
    TieFilter,
    TieSource,
    select_edge_evidence,
    select_edges,
    tie_tables,
)

SINCE, UNTIL, AS_OF = dt.date(2014, 1, 1), dt.date(2014, 3, 31), dt.date(2015, 6, 30)
GOVERNORATE, ACTOR, PLACE, PLACE_ID = "Idlib", "A3", "Place 42", "gn:42"
FACTS = list(PLAIN_FACT_CERTAINTIES)
COLUMNS = ["events", "query", "interface_ms", "flat_ms", "ratio", "rows", "flat_rows"]
NETWORK_LIMIT = 200
SLOW_SECONDS = 5.0
# The network's SQL read from the flat copies: each row already carries its article's date.
FLAT_TIES = TieSource(relations="flat_relations", events="flat_events", undated_join="", published="{alias}.published")

FLAT_EVENTS = """SELECT * FROM flat_events e WHERE e.date >= ? AND e.date <= ?
    AND (e.place_id = ? OR e.place_text ILIKE ? OR e.place_name ILIKE ? OR e.admin1 ILIKE ?)
    AND e.certainty IN (SELECT unnest(?)) ORDER BY e.date NULLS LAST, e.article_id, e.sentence_start LIMIT 100"""
FLAT_COUNT = """SELECT count(*) FROM flat_events e WHERE e.date >= ? AND e.date <= ?
    AND (e.place_id = ? OR e.place_text ILIKE ? OR e.place_name ILIKE ? OR e.admin1 ILIKE ?)
    AND e.certainty IN (SELECT unnest(?))"""
FLAT_PLACE_CONTROL = """SELECT *, place_id AS p_id, place_name AS p_name, latitude AS p_lat, longitude AS p_lon,
        place_country AS p_country, admin1 AS p_admin1, admin2 AS p_admin2, place_kind AS p_kind, is_area AS p_is_area,
        coalesce(date, published) AS best_date, coalesce(nullif(trim(article_source), ''), article_id) AS outlet
    FROM flat_control WHERE certainty IN (SELECT unnest(?)) AND place_id = ? AND place_name IS NOT NULL
    ORDER BY best_date NULLS LAST, article_id, id"""
FLAT_MEMBER_PAIRS = """SELECT DISTINCT source_actor, target_actor FROM flat_relations
    WHERE kind = 'member_of' AND certainty IN (SELECT unnest(?))
      AND source_actor IN (SELECT unnest(?)) AND target_actor IN (SELECT unnest(?))"""
FLAT_CONTROL_AS_OF = """SELECT * FROM (SELECT *, count(*) OVER w AS observations, row_number() OVER (
        PARTITION BY coalesce(nullif(place_id, ''), lower(place_text)) ORDER BY date DESC NULLS LAST,
        sentence_start DESC) AS rank FROM flat_control WHERE certainty IN (SELECT unnest(?)) AND date <= ?
        WINDOW w AS (PARTITION BY coalesce(nullif(place_id, ''), lower(place_text))))
    WHERE rank = 1 AND (place_id = ? OR place_text ILIKE ? OR place_name ILIKE ? OR admin1 ILIKE ?)
    ORDER BY date DESC NULLS LAST, place_text"""
FLAT_MONTHS = """SELECT date_trunc('month', date)::DATE AS period, count(*), sum(coalesce(killed, 0)) FROM flat_events
    WHERE date IS NOT NULL AND certainty IN (SELECT unnest(?)) GROUP BY period ORDER BY period"""


def cases(store: Store) -> list[tuple[str, Callable[[], int], Callable[[], int]]]:
    """(name, the interface call, the same question on the flat tables), each returning a row count."""
    where = EventFilter(since=SINCE, until=UNTIL, place=GOVERNORATE)
    like = f"%{GOVERNORATE}%"
    flat_where = [SINCE, UNTIL, GOVERNORATE, like, like, GOVERNORATE, FACTS]
    place_like = f"%{PLACE}%"

    def flat(sql: str, params: list[Any]) -> Callable[[], int]:
        return lambda: len(store.con.execute(sql, params).fetchall())

    return [
        ("events by dates+governorate", lambda: len(select_events(store, where)), flat(FLAT_EVENTS, flat_where)),
        ("count of those events", lambda: count_events(store, where),
         lambda: store.con.execute(FLAT_COUNT, flat_where).fetchone()[0]),
        ("network as of a date", lambda: len(select_network(store, as_of=AS_OF, since=None, limit=NETWORK_LIMIT)["edges"]),
         lambda: _flat_network(store, None)),
        ("one actor's network", lambda: len(select_network(store, as_of=AS_OF, since=None, limit=NETWORK_LIMIT,
                                                           actor=ACTOR)["edges"]),
         lambda: _flat_network(store, ACTOR)),
        ("a place's control timeline", lambda: len(place_timeline(store, PLACE_ID).periods),
         lambda: len(_flat_place_timeline(store, PLACE_ID).periods)),
        ("control as of a date, one place", lambda: len(select_control(store, as_of=AS_OF, place=PLACE,
                                                                      certainty="facts")),
         flat(FLAT_CONTROL_AS_OF, [FACTS, AS_OF, PLACE, place_like, place_like, place_like])),
        ("casualties by month", lambda: len(select_timeline(store, EventFilter(), bucket="month")),
         flat(FLAT_MONTHS, [FACTS])),
    ]


def _flat_network(store: Store, actor: str | None) -> int:
    """The interface's network SQL (edges, then the latest evidence of each) on the flat copies."""
    edges = select_edges(store, tie_tables(), TieFilter(as_of=AS_OF, actor=actor), limit=NETWORK_LIMIT,
                         sentences=False, source=FLAT_TIES)
    keys = [(e["kind"], e["source"], e["target"]) for e in edges]
    select_edge_evidence(store, tie_tables(), TieFilter(as_of=AS_OF, actor=actor, keys=keys), per_edge=EVIDENCE_PER_EDGE,
                         source=FLAT_TIES)
    return len(edges)


def _flat_place_timeline(store: Store, place_id: str) -> Timeline:
    """One place's timeline from flat_control (article and actor columns on every row), by fuse.control's rules."""
    rows = store.query(FLAT_PLACE_CONTROL, [FACTS, place_id])
    claims = [claim_from_row(r, place_from_row(r, r["place_text"] or "")) for r in rows if r["best_date"]]
    actors = {r["new_controller"]: {"id": r["new_controller"], "name": r["new_controller_name"],
                                    "type": r["new_controller_type"], "country": r["new_controller_country"],
                                    "sector": r["new_controller_sector"]} for r in rows if r["new_controller_name"]}
    ids = sorted({c.controller for c in claims if c.controller})
    pairs = store.con.execute(FLAT_MEMBER_PAIRS, [FACTS, ids, ids]).fetchall()
    return build_timeline(place_id, claims, book_from_rows(actors.values(), pairs))


def timed_pair(interface: Callable[[], Any], flat: Callable[[], Any], repeat: int) -> tuple[float, Any, float, Any]:
    """Median milliseconds of each over ``repeat`` runs after one warm-up each (fewer runs when a
    call is slow), the two run in turn so that load from other work on the machine hits both alike."""
    started = time.perf_counter()
    results = [interface(), flat()]
    if time.perf_counter() - started > 2 * SLOW_SECONDS:
        repeat = min(repeat, 3)
    times: list[list[float]] = [[], []]
    for _ in range(repeat):
        for side, action in enumerate((interface, flat)):
            started = time.perf_counter()
            results[side] = action()
            times[side].append((time.perf_counter() - started) * 1000)
    return statistics.median(times[0]), results[0], statistics.median(times[1]), results[1]


def bench_size(events: int, workdir: Path, repeat: int) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    db = workdir / f"store-{events}.duckdb"
    with Store(db) as store:
        store.con.execute("SET memory_limit = '1GB'")
        started = time.perf_counter()
        fill(store.con, events)
        store.con.execute("CHECKPOINT")
        build = {"events": events, "fill_s": time.perf_counter() - started, "db_mb": db.stat().st_size / 2**20}
        rows = []
        for name, interface, flat in cases(store):
            interface_ms, count, flat_ms, flat_count = timed_pair(interface, flat, repeat)
            rows.append({"events": events, "query": name, "interface_ms": interface_ms, "flat_ms": flat_ms,
                         "ratio": interface_ms / flat_ms, "rows": count, "flat_rows": flat_count})
    db.unlink()
    return build, rows


def main() -> None:
    parser = argparse.ArgumentParser(description="FrontWatch store benchmark")
    parser.add_argument("--sizes", default="1000000,10000000", help="Event counts, comma-separated.")
    parser.add_argument("--repeat", type=int, default=5, help="Timed runs per query (median reported).")
    args = parser.parse_args()
    builds, rows = [], []
    with tempfile.TemporaryDirectory(prefix="fw-store-") as tmp:
        for size in (int(s) for s in args.sizes.split(",")):
            build, size_rows = bench_size(size, Path(tmp), args.repeat)
            builds.append(build)
            rows.extend(size_rows)
            print(f"{size} events: filled in {build['fill_s']:.0f} s, {build['db_mb']:.0f} MB", flush=True)
    print_table(rows, COLUMNS)
    path = write_results("store", {"args": vars(args), "builds": builds, "queries": rows})
    print(f"\nresults: {path}")


if __name__ == "__main__":
    main()
