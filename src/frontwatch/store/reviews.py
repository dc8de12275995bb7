"""Reviews in the store: the append-only log, the facts it names, and the review queue.

Facts are read from the machine tables (what the machine said); the reviewed views
(:mod:`frontwatch.store.review_schema`) apply the log everywhere else.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

import pyarrow as pa

from frontwatch.store.db import Store
from frontwatch.store.review_schema import (
    EDITABLE,
    IDENTITY_COLUMNS,
    RECORD_TABLES,
    fact_views_sql,
    machine_table,
)

REVIEW_COLUMNS = ("review_id", "fact_key", "record", "record_id", "article_id", "sentence_start", "sentence_end",
                  "identity", "action", "before", "after", "reviewer", "reviewed_at", "note")
_PROVENANCE = "id, article_id, sentence_start, sentence_end, sentence, fact_key"


def _fact_columns(record: str) -> str:
    return ", ".join(dict.fromkeys([_PROVENANCE, *IDENTITY_COLUMNS[record], *EDITABLE[record]]))


def select_machine_fact(store: Store, record: str, *, record_id: str = "", fact_key: str = "") -> dict[str, Any] | None:
    """The machine's row of one fact, by its row id or its fact key (the first stored, if several)."""
    rows = store.query(
        f"""SELECT {_fact_columns(record)} FROM {machine_table(record)}
            WHERE (? <> '' AND id = ?) OR (? <> '' AND fact_key = ?) ORDER BY rowid LIMIT 1""",
        [record_id, record_id, fact_key, fact_key],
    )
    return rows[0] if rows else None


def insert_reviews(store: Store, reviews: Sequence[Mapping[str, Any]]) -> int:
    """Append reviews not already in the log (same review id); return how many were new."""
    if not reviews:
        return 0
    rows = [{name: _json_text(name, review.get(name)) for name in REVIEW_COLUMNS} for review in reviews]
    before = int(store.scalar("SELECT count(*) FROM reviews"))
    frame = pa.Table.from_pylist(rows)  # noqa: F841 - read by DuckDB's replacement scan
    store.con.execute("BEGIN")
    try:
        store.con.execute(
            """INSERT INTO reviews BY NAME SELECT DISTINCT ON (review_id) * FROM frame f
               WHERE NOT EXISTS (SELECT 1 FROM reviews r WHERE r.review_id = f.review_id)""")
        store.con.execute(fact_views_sql(reviewed=True))
        store.con.execute("COMMIT")
    except BaseException:
        store.con.execute("ROLLBACK")
        raise
    return int(store.scalar("SELECT count(*) FROM reviews")) - before


def _json_text(name: str, value: Any) -> Any:
    if name in ("identity", "before", "after"):
        return None if value is None else json.dumps(value, sort_keys=True, default=str)
    return value


def select_reviews(store: Store, *, fact_key: str | None = None, latest_only: bool = False) -> list[dict[str, Any]]:
    """The log (or each fact's latest review), oldest first, JSON fields decoded."""
    source = "review_latest" if latest_only else "reviews"
    rows = store.query(
        f"""SELECT {', '.join(REVIEW_COLUMNS)} FROM {source} WHERE ? IS NULL OR fact_key = ?
            ORDER BY reviewed_at, review_id""",
        [fact_key, fact_key],
    )
    for row in rows:
        for name in ("identity", "before", "after"):
            row[name] = json.loads(row[name]) if row[name] is not None else None
    return rows


def count_review_progress(store: Store) -> dict[str, dict[str, int]]:
    """Per kind of record: facts stored, facts reviewed, and how many are left."""
    progress = {}
    for record in RECORD_TABLES:
        total = int(store.scalar(f"SELECT count(DISTINCT fact_key) FROM {machine_table(record)}"))
        reviewed = int(store.scalar(
            f"""SELECT count(*) FROM review_latest r WHERE r.record = ?
                AND r.fact_key IN (SELECT fact_key FROM {machine_table(record)})""", [record]))
        progress[record] = {"facts": total, "reviewed": reviewed, "left": total - reviewed}
    return progress


def count_unattached_reviews(store: Store) -> int:
    """Latest reviews whose fact is not in the store (its article is gone or reads differently now)."""
    clauses = " OR ".join(
        f"(r.record = '{record}' AND r.fact_key NOT IN (SELECT fact_key FROM {machine_table(record)}))"
        for record in RECORD_TABLES)
    return int(store.scalar(f"SELECT count(*) FROM review_latest r WHERE {clauses}"))


def select_review_queue(store: Store, weights: Mapping[str, float], *, limit: int = 50,
                        record: str | None = None) -> list[dict[str, Any]]:
    """Facts not yet reviewed, those that change the picture most first (see review/data/impact.yaml)."""
    names = sorted(weights)
    scores = "weights AS (SELECT unnest(?::VARCHAR[]) AS name, unnest(?::DOUBLE[]) AS weight)"
    sql = f"""WITH {scores}, w AS (SELECT map_from_entries(list(struct_pack(k := name, v := weight))) AS m FROM weights),
        candidates AS ({_QUEUE_EVENTS} UNION ALL {_QUEUE_RELATIONS} UNION ALL {_QUEUE_CONTROL})
        SELECT * FROM candidates WHERE ? IS NULL OR record = ?
        ORDER BY impact DESC, record, article_id, sentence_start, record_id LIMIT ?"""
    return store.query(sql, [names, [float(weights[n]) for n in names], record, record, limit])


_QUEUE_COMMON = "e.article_id, e.sentence_start, e.sentence_end, e.sentence, e.fact_key, e.certainty, e.date"
# What a fact would change in the picture counts only for plain facts: the others are kept out of it.
_FACT = "(e.certainty IN ('asserted', 'attributed'))::INT"
_LOW_CONFIDENCE = """coalesce(w.m['attributed'], 0) * (e.certainty = 'attributed')::INT
    + coalesce(w.m['not_a_plain_fact'], 0) * (e.certainty NOT IN ('asserted', 'attributed'))::INT"""
_QUEUE_EVENTS = f"""
    SELECT 'event' AS record, e.id AS record_id, e.type AS kind, e.source_actor AS source, e.target_actor AS target,
           e.place_id, e.killed, {_QUEUE_COMMON}, fe.contradiction,
           round({_FACT} * (coalesce(w.m['casualties_log'], 0) * ln(1 + coalesce(e.killed, 0))
                 + coalesce(w.m['contradiction'], 0) * (coalesce(fe.contradiction, '') <> '')::INT)
                 + coalesce(w.m['unresolved_actor'], 0) * (e.source_actor = '' OR e.target_actor = '')::INT
                 + coalesce(w.m['unresolved_place'], 0) * (coalesce(e.place_id, '') = '')::INT
                 + {_LOW_CONFIDENCE}, 2) AS impact
    FROM events e CROSS JOIN w
    LEFT JOIN fused_event_members fm ON fm.event_id = e.id AND fm.article_id = e.article_id
    LEFT JOIN fused_events fe ON fe.id = fm.fused_id
    WHERE e.review IS NULL"""
_QUEUE_RELATIONS = f"""
    SELECT 'relation', e.id, e.kind, e.source_actor, e.target_actor, NULL, NULL, {_QUEUE_COMMON}, NULL,
           round({_FACT} * (coalesce(w.m['tie_from_one_report'], 0)
                   * (count(*) OVER (PARTITION BY e.kind, e.source_actor, e.target_actor) = 1)::INT
                 + coalesce(w.m['tie'], 0))
                 + coalesce(w.m['unresolved_actor'], 0) * (e.source_actor = '' OR e.target_actor = '')::INT
                 + {_LOW_CONFIDENCE}, 2)
    FROM relations e CROSS JOIN w WHERE e.review IS NULL"""
_QUEUE_CONTROL = f"""
    SELECT 'control', e.id, e.kind, e.new_controller, e.previous_controller, e.place_id, NULL, {_QUEUE_COMMON}, NULL,
           round({_FACT} * (coalesce(w.m['change_of_hands'], 0) * (e.kind <> 'held')::INT
                 + coalesce(w.m['holding'], 0) * (e.kind = 'held')::INT)
                 + coalesce(w.m['unresolved_actor'], 0) * (e.new_controller = '')::INT
                 + coalesce(w.m['unresolved_place'], 0) * (coalesce(e.place_id, '') = '')::INT
                 + {_LOW_CONFIDENCE}, 2)
    FROM control_changes e CROSS JOIN w WHERE e.review IS NULL"""
