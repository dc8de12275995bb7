"""Export: store tables and analyst formats (ACLED, PLOVER, GeoJSON, GraphML, GEXF) written to files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from frontwatch.export.tables import TABLE_FORMATS, export_table
from frontwatch.store import Store
from frontwatch.store.tables import TABLES

ANALYST_FORMATS = ("acled", "plover", "geojson", "graphml", "gexf")
ALL_FORMATS = (*TABLE_FORMATS, *ANALYST_FORMATS)

__all__ = ["ALL_FORMATS", "ANALYST_FORMATS", "TABLES", "TABLE_FORMATS", "export", "export_table"]


def export(store: Store, fmt: str, out: Path, *, table: str = "events", as_of: dt.date | None = None) -> int:
    """Write ``fmt`` to ``out``; return the rows, records, features or edges written.

    ``table`` applies to csv/jsonl/parquet; ``as_of`` to the network formats.
    """
    if fmt in TABLE_FORMATS:
        return export_table(store, table, fmt, out)
    if fmt == "acled":
        from frontwatch.export.acled import write_acled

        return len(write_acled(store, out).rows)
    if fmt == "plover":
        from frontwatch.export.plover import write_plover

        return write_plover(store, out)
    if fmt == "geojson":
        from frontwatch.export.geojson import write_geojson

        return write_geojson(store, out)
    if fmt in ("graphml", "gexf"):
        return _write_network(store, fmt, out, as_of)
    raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(ALL_FORMATS)}")


def _write_network(store: Store, fmt: str, out: Path, as_of: dt.date | None) -> int:
    from frontwatch.export.graph import write_graph
    from frontwatch.fusion import load_book, network_snapshot

    return write_graph(network_snapshot(store, as_of), load_book(store), fmt, out)
