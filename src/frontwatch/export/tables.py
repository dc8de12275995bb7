"""Export store tables as CSV, JSON lines or Parquet, provenance columns included."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import cast

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from frontwatch.store import Store
from frontwatch.store.tables import read_table

TABLE_FORMATS = ("csv", "jsonl", "parquet")


def export_table(store: Store, table: str, fmt: str, out: Path) -> int:
    """Write one table; return the number of rows written."""
    data = read_table(store, table)
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
    return cast(int, data.num_rows)


def _flatten_lists(data: pa.Table) -> pa.Table:
    """CSV has no lists: join list columns (aliases) with '; ', records (an article's page
    furniture) as JSON."""
    for index, column in enumerate(data.schema):
        if pa.types.is_list(column.type):
            joined = pa.array(["; ".join(_cell(item) for item in v or []) for v in data.column(index).to_pylist()])
            data = data.set_column(index, column.name, joined)
    return data


def _cell(item: object) -> str:
    return json.dumps(item, ensure_ascii=False) if isinstance(item, dict) else str(item)


def _json_default(value: object) -> str:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)
