"""Whole tables for export, provenance columns included, as Arrow tables in a fixed order."""

from __future__ import annotations

import pyarrow as pa

from frontwatch.store.db import Store
from frontwatch.store.queries import EVENT_COLUMNS

_TABLE_SQL = {
    "events": f"""SELECT {EVENT_COLUMNS} FROM events e LEFT JOIN places p ON p.id = e.place_id
                  JOIN articles a ON a.id = e.article_id ORDER BY e.date NULLS LAST, e.id""",
    "relations": "SELECT * EXCLUDE (row_order) FROM relations ORDER BY date NULLS LAST, id",
    "control_changes": """SELECT c.* EXCLUDE (row_order), p.name AS place_name, p.latitude, p.longitude, p.admin1
                          FROM control_changes c LEFT JOIN places p ON p.id = c.place_id
                          ORDER BY c.date NULLS LAST, c.id""",
    "mentions": "SELECT * FROM mentions ORDER BY article_id, start",
    "articles": "SELECT * EXCLUDE (text) FROM articles ORDER BY published NULLS LAST, id",
    "actors": "SELECT * FROM actors ORDER BY id",
    "places": "SELECT * FROM places ORDER BY id",
    "failures": "SELECT * FROM ingest_failures",
    "casualty_statistics": "SELECT * FROM casualty_statistics ORDER BY period_end NULLS LAST, id",
    "fused_events": "SELECT * FROM fused_events ORDER BY date_start NULLS LAST, id",
    "fused_event_members": "SELECT * FROM fused_event_members ORDER BY fused_id, article_id, event_id",
}
TABLES = tuple(_TABLE_SQL)  # the tables export can write


def read_table(store: Store, table: str) -> pa.Table:
    """One of :data:`TABLES` whole (events with their place and article columns)."""
    relation = store.cursor().sql(_TABLE_SQL[table])  # own cursor: no clash with an open result
    fetch = getattr(relation, "to_arrow_table", None) or relation.arrow  # DuckDB 2 renamed arrow()
    return fetch()
