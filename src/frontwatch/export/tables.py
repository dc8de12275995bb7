"""Export store tables as CSV, JSON lines or Parquet, provenance columns included."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from frontwatch.store import Store
from frontwatch.store.queries import EVENT_COLUMNS

TABLE_QUERIES = {
    "events": f"""SELECT {EVENT_COLUMNS} FROM events e LEFT JOIN places p ON p.id = e.place_id
                  JOIN articles a ON a.id = e.article_id ORDER BY e.date NULLS LAST, e.id""",
    "relations": "SELECT * FROM relations ORDER BY date NULLS LAST, id",
    "control_changes": """SELECT c.*, p.name AS place_name, p.latitude, p.longitude, p.admin1
                          FROM control_changes c LEFT JOIN places p ON p.id = c.place_id
                          ORDER BY c.date NULLS LAST, c.id""",
    "mentions": "SELECT * FROM mentions ORDER BY article_id, start",
    "articles": "SELECT * EXCLUDE (text) FROM articles ORDER BY published NULLS LAST, id",
    "actors": "SELECT * FROM actors ORDER BY id",
    "places": "SELECT * FROM places ORDER BY id",
    "failures": "SELECT * FROM ingest_failures",
    "fused_events": "SELECT * FROM fused_events ORDER BY date_start NULLS LAST, id",
    "fused_event_members": "SELECT * FROM fused_event_members ORDER BY fused_id, article_id, event_id",
}
TABLE_FORMATS = ("csv", "jsonl", "parquet")


def table_arrow(store: Store, table: str) -> pa.Table:
    relation = store.con.cursor().sql(TABLE_QUERIES[table])  # own cursor: no clash with an open result
    fetch = getattr(relation, "to_arrow_table", None) or relation.arrow  # DuckDB 2 renamed arrow()
    return fetch()


def export_table(store: Store, table: str, fmt: str, out: Path) -> int:
    """Write one table; return the number of rows written."""
    data = table_arrow(store, table)
    if fmt == "parquet":
        pq.write_table(data, out)
    elif fmt == "csv":
        pacsv.write_csv(_flatten_lists(data), out)
    elif fmt == "jsonl":
        with out.open("w", encoding="utf-8") as handle:
            for row in data.to_pylist():
                handle.write(json.dumps(row, default=_json_default, ensure_ascii=False) + "\n")
    else:
        raise ValueError(f"unknown table format {fmt!r}")
    return data.num_rows


def _flatten_lists(data: pa.Table) -> pa.Table:
    """CSV has no lists: join list columns (aliases) with '; '."""
    for index, column in enumerate(data.schema):
        if pa.types.is_list(column.type):
            joined = pa.array(["; ".join(v or []) for v in data.column(index).to_pylist()])
            data = data.set_column(index, column.name, joined)
    return data


def _json_default(value: object) -> str:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)
