"""The interface's queries on a big store vs the same question on one flat table.

Fills a store with N synthetic events (plus articles, places, actors, relations and
control changes; bench/store_data.py), copies the same rows joined into flat tables,
then times each interface query (the functions the server and reports call) against
its flat-table twin. Goal: each within 2x of flat.

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

from frontwatch.fuse.control import control_timelines
from frontwatch.records import PLAIN_FACT_CERTAINTIES
from frontwatch.serve.network import select_network
from frontwatch.serve.queries import select_control, select_timeline
from frontwatch.store import Store
from frontwatch.store.queries import EventFilter, count_events, select_events

SINCE, UNTIL, AS_OF = dt.date(2014, 1, 1), dt.date(2014, 3, 31), dt.date(2015, 6, 30)
GOVERNORATE, ACTOR, PLACE, PLACE_ID = "Idlib", "A3", "Place 42", "gn:42"
FACTS = list(PLAIN_FACT_CERTAINTIES)
COLUMNS = ["events", "query", "interface_ms", "flat_ms", "ratio", "rows", "flat_rows", "note"]
WHOLE_STORE_IN_PYTHON = {"network as of a date"}
SLOW_SECONDS = 2.0

FLAT_EVENTS = """SELECT * FROM flat_events e WHERE e.date >= ? AND e.date <= ?
    AND (e.place_id = ? OR e.place_text ILIKE ? OR e.place_name ILIKE ? OR e.admin1 ILIKE ?)
    AND e.certainty IN (SELECT unnest(?)) ORDER BY e.date NULLS LAST, e.article_id, e.sentence_start LIMIT 100"""
FLAT_COUNT = """SELECT count(*) FROM flat_events e WHERE e.date >= ? AND e.date <= ?
    AND (e.place_id = ? OR e.place_text ILIKE ? OR e.place_name ILIKE ? OR e.admin1 ILIKE ?)
    AND e.certainty IN (SELECT unnest(?))"""
FLAT_NETWORK = """WITH facts AS (
        SELECT source_actor, target_actor, kind, date, certainty, article_id, sentence_start, sentence_end, sentence
        FROM flat_relations UNION ALL
        SELECT source_actor, target_actor, 'event:' || lower(type), date, certainty, article_id, sentence_start,
               sentence_end, sentence FROM flat_events)
    SELECT source_actor AS source, target_actor AS target, kind, count(*) AS weight, min(date), max(date),
           list({'article_id': article_id, 'start': sentence_start, 'end': sentence_end, 'sentence': sentence,
                 'date': date, 'certainty': certainty} ORDER BY date DESC NULLS LAST)[1:5] AS evidence
    FROM facts WHERE coalesce(source_actor, '') <> '' AND coalesce(target_actor, '') <> ''
      AND source_actor <> target_actor AND certainty IN (SELECT unnest(?)) AND date <= ?
    GROUP BY ALL ORDER BY weight DESC, source, target, kind LIMIT 200"""
ACTOR_NETWORK = """WITH facts AS (SELECT source_actor, target_actor, kind, date, certainty FROM {relations}
        UNION ALL SELECT source_actor, target_actor, 'event:' || lower(type), date, certainty FROM {events})
    SELECT source_actor, target_actor, kind, count(*) AS weight FROM facts
    WHERE (source_actor = ? OR target_actor = ?) AND source_actor <> target_actor
      AND certainty IN (SELECT unnest(?)) AND date <= ? GROUP BY ALL ORDER BY weight DESC"""
FLAT_CONTROL_TIMELINE = """SELECT date, kind, new_controller, new_controller_name, certainty, sentence
    FROM flat_control WHERE place_id = ? ORDER BY date"""
FLAT_CONTROL_AS_OF = """SELECT * FROM (SELECT *, count(*) OVER w AS observations, row_number() OVER (
        PARTITION BY coalesce(nullif(place_id, ''), lower(place_text)) ORDER BY date DESC NULLS LAST,
        sentence_start DESC) AS rank FROM flat_control WHERE certainty IN (SELECT unnest(?)) AND date <= ?
        WINDOW w AS (PARTITION BY coalesce(nullif(place_id, ''), lower(place_text))))
    WHERE rank = 1 AND (place_id = ? OR place_text ILIKE ? OR place_name ILIKE ? OR admin1 ILIKE ?)
    ORDER BY date DESC NULLS LAST, place_text"""
PROPOSED_COUNT = """SELECT count(*) FROM events e LEFT JOIN places p ON p.id = e.place_id WHERE e.date >= ? AND e.date <= ?
    AND (e.place_id = ? OR e.place_text ILIKE ? OR p.name ILIKE ? OR p.admin1 ILIKE ?)
    AND e.certainty IN (SELECT unnest(?))"""
PROPOSED_MONTHS = """SELECT date_trunc('month', e.date)::DATE AS period, count(*), sum(coalesce(e.killed, 0))
    FROM events e LEFT JOIN places p ON p.id = e.place_id
    WHERE e.date IS NOT NULL AND e.certainty IN (SELECT unnest(?)) GROUP BY period ORDER BY period"""
FLAT_MONTHS = """SELECT date_trunc('month', date)::DATE AS period, count(*), sum(coalesce(killed, 0)) FROM flat_events
    WHERE date IS NOT NULL AND certainty IN (SELECT unnest(?)) GROUP BY period ORDER BY period"""


def cases(store: Store) -> list[tuple[str, Callable[[], int], str, list[Any]]]:
    """(name, interface call returning a row count, flat SQL, its parameters)."""
    where = EventFilter(since=SINCE, until=UNTIL, place=GOVERNORATE)
    like = f"%{GOVERNORATE}%"
    flat_where = [SINCE, UNTIL, GOVERNORATE, like, like, GOVERNORATE, FACTS]
    return [
        ("events by dates+governorate", lambda: len(select_events(store, where)), FLAT_EVENTS, flat_where),
        ("count of those events", lambda: count_events(store, where), FLAT_COUNT, flat_where),
        ("network as of a date", lambda: len(select_network(store, as_of=AS_OF, since=None, limit=200)["edges"]),
         FLAT_NETWORK, [FACTS, AS_OF]),
        ("one actor's network", lambda: len(store.query(
            ACTOR_NETWORK.format(relations="relations", events="events"), [ACTOR, ACTOR, FACTS, AS_OF])),
         ACTOR_NETWORK.format(relations="flat_relations", events="flat_events"), [ACTOR, ACTOR, FACTS, AS_OF]),
        ("a place's control timeline", lambda: len(_timeline_of(store, PLACE_ID)),
         FLAT_CONTROL_TIMELINE, [PLACE_ID]),
        ("control as of a date, one place", lambda: len(select_control(store, as_of=AS_OF, place=PLACE,
                                                                      certainty="facts")),
         FLAT_CONTROL_AS_OF, [FACTS, AS_OF, PLACE, f"%{PLACE}%", f"%{PLACE}%", f"%{PLACE}%"]),
        ("casualties by month", lambda: len(select_timeline(store, EventFilter(), bucket="month")),
         FLAT_MONTHS, [FACTS]),
        # The same two questions without the inner join to articles, which only drops events
        # without an article (the writer never stores those): proposed for store/serve queries.
        ("proposed: count without articles join", lambda: store.scalar(PROPOSED_COUNT, flat_where),
         FLAT_COUNT, flat_where),
        ("proposed: months without articles join", lambda: len(store.query(PROPOSED_MONTHS, [FACTS])),
         FLAT_MONTHS, [FACTS]),
    ]


def _timeline_of(store: Store, place_id: str) -> list:
    """The interface's control timelines (all places, built in Python), then one place's."""
    timeline = control_timelines(store).get(place_id)
    return list(timeline.periods) if timeline is not None else []


def timed(action: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """Median milliseconds over ``repeat`` runs after one warm-up (one run if it is slow)."""
    started = time.perf_counter()
    result = action()
    if time.perf_counter() - started > SLOW_SECONDS:
        repeat = 1
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        result = action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def bench_size(events: int, workdir: Path, repeat: int, python_max: int) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    db = workdir / f"store-{events}.duckdb"
    with Store(db) as store:
        store.con.execute("SET memory_limit = '1GB'")
        started = time.perf_counter()
        fill(store.con, events)
        store.con.execute("CHECKPOINT")
        build = {"events": events, "fill_s": time.perf_counter() - started, "db_mb": db.stat().st_size / 2**20}
        rows = []
        for name, interface, flat_sql, params in cases(store):
            if name in WHOLE_STORE_IN_PYTHON and events > python_max:
                rows.append({"events": events, "query": name, "interface_ms": None, "note": "not run: reads "
                             "every tie into Python (+110 MB per 100k events measured)"})
                continue
            interface_ms, count = timed(interface, repeat)
            flat_ms, flat = timed(lambda sql=flat_sql, args=params: store.con.execute(sql, args).fetchall(), repeat)
            flat_rows = flat[0][0] if "count" in name else len(flat)
            rows.append({"events": events, "query": name, "interface_ms": interface_ms, "flat_ms": flat_ms,
                         "ratio": interface_ms / flat_ms, "rows": count, "flat_rows": flat_rows})
    db.unlink()
    return build, rows


def main() -> None:
    parser = argparse.ArgumentParser(description="FrontWatch store benchmark")
    parser.add_argument("--sizes", default="1000000,10000000", help="Event counts, comma-separated.")
    parser.add_argument("--repeat", type=int, default=5, help="Timed runs per query (median reported).")
    parser.add_argument("--python-max", type=int, default=1_000_000,
                        help="Largest store on which to run interface queries that load every row into Python.")
    args = parser.parse_args()
    builds, rows = [], []
    with tempfile.TemporaryDirectory(prefix="fw-store-") as tmp:
        for size in (int(s) for s in args.sizes.split(",")):
            build, size_rows = bench_size(size, Path(tmp), args.repeat, args.python_max)
            builds.append(build)
            rows.extend(size_rows)
            print(f"{size} events: filled in {build['fill_s']:.0f} s, {build['db_mb']:.0f} MB", flush=True)
    print_table(rows, COLUMNS)
    path = write_results("store", {"args": vars(args), "builds": builds, "queries": rows})
    print(f"\nresults: {path}")


if __name__ == "__main__":
    main()
