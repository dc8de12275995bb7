"""One record in full, as the server shows it: an event with every report fused with it, the
fused event it belongs to, an article. Values are always bound parameters; the only names
put into SQL text come from the store's own catalogue, checked against fixed lists."""

from __future__ import annotations

from typing import Any

from frontwatch.store.db import Store
from frontwatch.store.queries import EVENT_COLUMNS

EVENT_FROM = "events e LEFT JOIN places p ON p.id = e.place_id JOIN articles a ON a.id = e.article_id"
FUSED_TABLE = "fused_event_members"
FUSED_GROUP_COLUMNS = ("fused_id", "fused_event_id", "group_id", "cluster_id")
FUSED_MEMBER_COLUMNS = ("event_id", "member_id", "member_event_id")


def select_event(store: Store, event_id: str) -> dict[str, Any] | None:
    rows = store.query(f"SELECT {EVENT_COLUMNS} FROM {EVENT_FROM} WHERE e.id = ? LIMIT 1", [event_id])
    return rows[0] if rows else None


def fused_columns(store: Store) -> tuple[str, str] | None:
    """(group column, member column) of the fused-members table, or None if it is not there."""
    rows = store.query("SELECT column_name FROM information_schema.columns WHERE table_name = ?", [FUSED_TABLE])
    names = {r["column_name"] for r in rows}
    group = next((c for c in FUSED_GROUP_COLUMNS if c in names), None)
    member = next((c for c in FUSED_MEMBER_COLUMNS if c in names), None)
    return (group, member) if group and member else None


def select_event_sources(store: Store, event_id: str) -> list[dict[str, Any]]:
    """Every reported event fused with this one (itself included), or just itself."""
    columns = fused_columns(store)
    if columns is None:
        event = select_event(store, event_id)
        return [event] if event else []
    group, member = columns  # names checked against fixed lists above
    sql = f"""
        SELECT {EVENT_COLUMNS} FROM {EVENT_FROM}
        WHERE e.id = ? OR e.id IN (
            SELECT {member} FROM {FUSED_TABLE} WHERE {group} IN (
                SELECT {group} FROM {FUSED_TABLE} WHERE {member} = ? OR {group} = ?))
        ORDER BY a.published NULLS LAST, e.article_id, e.sentence_start
    """
    return store.query(sql, [event_id, event_id, event_id])


def select_fused(store: Store, event_id: str) -> dict[str, Any] | None:
    """The fused event this report belongs to (or that has this id), if fusion has run."""
    names = {r["table_name"] for r in store.query(
        "SELECT table_name FROM information_schema.tables WHERE table_name IN ('fused_events', ?)", [FUSED_TABLE])}
    if names != {"fused_events", FUSED_TABLE} or fused_columns(store) != ("fused_id", "event_id"):
        return None
    rows = store.query(
        f"""SELECT f.* EXCLUDE (computed_at) FROM fused_events f
            WHERE f.id = ? OR f.id IN (SELECT fused_id FROM {FUSED_TABLE} WHERE event_id = ?) LIMIT 1""",
        [event_id, event_id],
    )
    return rows[0] if rows else None


def select_article(store: Store, article_id: str) -> dict[str, Any] | None:
    rows = store.query(
        """SELECT id, title, source, url, published, date_source, language, status, text
           FROM articles WHERE id = ?""",
        [article_id],
    )
    return rows[0] if rows else None
