"""The live watcher's state: each source's fetch state, the items read, the articles already
checked for alerts, and the alerts sent (keyed by the change they report).

Everything a poll marks is written in one transaction after its articles are stored, so a
watcher killed at any point re-reads at most the last poll's items, whose articles are then
already stored (not processed again) and whose alerts are keyed (not sent again).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from frontwatch.store.db import Store


@dataclass(frozen=True, slots=True)
class SourceState:
    """What a source's last fetch left: validators for conditional requests, and its health."""

    source: str
    kind: str
    etag: str = ""
    last_modified: str = ""
    failures: int = 0
    next_try: dt.datetime | None = None
    last_ok: dt.datetime | None = None
    last_error: str = ""


@dataclass(frozen=True, slots=True)
class StoredAlert:
    key: str
    kind: str
    summary: str
    payload: dict[str, Any]


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def read_source_state(store: Store, source: str, kind: str) -> SourceState:
    rows = store.query(
        """SELECT source, kind, etag, last_modified, failures, next_try, last_ok, last_error
           FROM watch_sources WHERE source = ?""", [source])
    if not rows:
        return SourceState(source, kind)
    r = rows[0]
    return SourceState(r["source"], r["kind"], r["etag"] or "", r["last_modified"] or "", r["failures"] or 0,
                       r["next_try"], r["last_ok"], r["last_error"] or "")


def write_source_state(store: Store, state: SourceState) -> None:
    store.con.execute(
        """INSERT OR REPLACE INTO watch_sources
           (source, kind, etag, last_modified, failures, next_try, last_ok, last_error, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [state.source, state.kind, state.etag, state.last_modified, state.failures, state.next_try,
         state.last_ok, state.last_error, now()])


def read_item_digests(store: Store, source: str) -> dict[str, str]:
    """Item key -> digest of what was read, for one source."""
    rows = store.con.execute("SELECT item, digest FROM watch_items WHERE source = ?", [source]).fetchall()
    return {str(item): str(digest) for item, digest in rows}


def unchecked_article_ids(store: Store, ids: Iterable[str]) -> set[str]:
    """Which of these stored articles have not yet been checked for alerts."""
    ids = list(ids)
    if not ids:
        return set()
    rows = store.con.execute(
        """SELECT id FROM articles WHERE id IN (SELECT unnest(?))
           AND id NOT IN (SELECT article_id FROM watch_checked_articles)""", [ids]).fetchall()
    return {str(r[0]) for r in rows}


def known_alert_keys(store: Store, keys: Iterable[str]) -> set[str]:
    keys = list(keys)
    if not keys:
        return set()
    rows = store.con.execute("SELECT key FROM watch_alerts WHERE key IN (SELECT unnest(?))", [keys]).fetchall()
    return {str(r[0]) for r in rows}


def commit_poll(store: Store, source: str, items: Sequence[tuple[str, str]], checked: Iterable[str],
                alerts: Sequence[StoredAlert]) -> None:
    """Mark a poll's items read, its articles checked and its alerts sent, all at once."""
    stamp = now()
    store.con.execute("BEGIN")
    try:
        _insert_many(store, "INSERT OR REPLACE INTO watch_items (source, item, digest, seen_at) VALUES (?, ?, ?, ?)",
                     [[source, item, digest, stamp] for item, digest in items])
        _insert_many(store, "INSERT OR IGNORE INTO watch_checked_articles (article_id, checked_at) VALUES (?, ?)",
                     [[article, stamp] for article in sorted(set(checked))])
        _insert_many(store, "INSERT OR IGNORE INTO watch_alerts (key, kind, created_at, summary, payload) "
                            "VALUES (?, ?, ?, ?, ?)",
                     [[a.key, a.kind, stamp, a.summary, json.dumps(a.payload, default=str)] for a in alerts])
        store.con.execute("COMMIT")
    except BaseException:
        store.con.execute("ROLLBACK")
        raise


def _insert_many(store: Store, sql: str, rows: list[list[Any]]) -> None:
    if rows:  # DuckDB refuses an empty executemany
        store.con.executemany(sql, rows)


def select_alerts(store: Store, *, since: dt.datetime | None = None, limit: int = 100) -> list[dict[str, Any]]:
    """Alerts sent, newest first; ``since``: only those created after it."""
    rows = store.query(
        """SELECT key, kind, created_at, summary, payload FROM watch_alerts
           WHERE CAST(? AS TIMESTAMP) IS NULL OR created_at > ?
           ORDER BY created_at DESC, key LIMIT ?""", [since, since, limit])
    return [{**{k: v for k, v in r.items() if k != "payload"}, **json.loads(r["payload"] or "{}")} for r in rows]


def count_alerts_since(store: Store, since: dt.datetime | None) -> int:
    return int(store.scalar(
        "SELECT count(*) FROM watch_alerts WHERE CAST(? AS TIMESTAMP) IS NULL OR created_at > ?",
        [since, since]) or 0)
