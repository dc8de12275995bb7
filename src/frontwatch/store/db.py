"""The only module that talks to DuckDB. One writer; queries take bound parameters.

A batch of article results is written in one transaction, article row last, so a
run killed mid-batch leaves either the whole article or none of it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Self

import duckdb
import pyarrow as pa

from frontwatch.errors import NotAStore, SchemaMismatch
from frontwatch.extract.reliability import reliable
from frontwatch.records import Actor, ArticleResult, IngestFailure, Place, as_row
from frontwatch.settings import DEFAULT_DB, load_settings
from frontwatch.store.review_schema import (
    MACHINE_ONLY_VARIABLE,
    RECORD_TABLES,
    fact_key_sql,
    machine_table,
)
from frontwatch.store.rows import result_rows
from frontwatch.store.schema import MIGRATIONS, SCHEMA_VERSION

# Raised when the file cannot be opened, e.g. read-only while another process writes it
# (DuckDB lets one process write a file, or many read it, not both).
StoreIOError = duckdb.IOException
# DuckDB caches up to 80% of RAM by default; the writer must stay small whatever the store's size.
MEMORY_LIMIT = "512MB"
# Every DuckDB database file carries these bytes at this offset (its storage header).
DUCKDB_MAGIC, DUCKDB_MAGIC_START, DUCKDB_MAGIC_END = b"DUCK", 8, 12
CHILD_TABLES = ("sentences", "mentions", "events", "relations", "control_changes", "casualty_statistics")
# Facts are written to the machine tables, with their fact key; the reviewed views read them.
_WRITTEN_AS = {table: (machine_table(record), f", {fact_key_sql(record)} AS fact_key")
               for record, table in RECORD_TABLES.items()}


class Store:
    """A FrontWatch DuckDB file (or ':memory:')."""

    def __init__(self, path: str | Path = DEFAULT_DB, *, read_only: bool = False,
                 machine_only: bool | None = None) -> None:
        """``machine_only`` None: as the ``machine_only`` setting says (reviews applied by default)."""
        self.path = str(path)
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise FileNotFoundError(f"no FrontWatch database at {self.path}")
        _refuse_other_files(self.path)
        self.con = duckdb.connect(self.path, read_only=read_only, config={"memory_limit": MEMORY_LIMIT})
        self._written_places: dict[str, Place] = {}  # as this handle last committed them
        if not self._is_frontwatch_store():
            self.con.close()
            raise NotAStore(f"{self.path} is a DuckDB database but not a FrontWatch store (it has other tables)")
        if not read_only:
            self.migrate()
        self._check_version()
        settings = load_settings()
        self.set_machine_only(settings.machine_only if machine_only is None else machine_only)
        self.keep_unreliable = settings.keep_unreliable

    def set_machine_only(self, machine_only: bool) -> None:
        """Show the machine's output alone (True) or with reviews applied (False, the default)."""
        self.machine_only = machine_only
        self.con.execute(f"SET VARIABLE {MACHINE_ONLY_VARIABLE} = ?", [machine_only])

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A second cursor on the file that sees the facts as this store does (reviewed or not)."""
        cursor = self.con.cursor()
        cursor.execute(f"SET VARIABLE {MACHINE_ONLY_VARIABLE} = ?", [self.machine_only])
        return cursor

    def reader(self) -> Store:
        """Another handle on this database for another thread of this process (a cursor, seeing the
        facts as this store does): it sees each committed write whole and never waits for the writer."""
        other = object.__new__(Store)
        other.path, other.con, other.machine_only = self.path, self.cursor(), self.machine_only
        other._written_places = {}
        return other

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- schema -----------------------------------------------------------------
    def migrate(self) -> list[str]:
        """Apply migrations not yet recorded; return the names applied."""
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER, name VARCHAR, applied_at TIMESTAMP)"
        )
        done = {row[0] for row in self.con.execute("SELECT name FROM schema_migrations").fetchall()}
        applied = []
        for version, (name, sql) in enumerate(MIGRATIONS, start=1):
            if name in done:
                continue
            self.con.execute("BEGIN")
            self.con.execute(sql)
            self.con.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", [version, name, _now()])
            self.con.execute("COMMIT")
            applied.append(name)
        return applied

    def _is_frontwatch_store(self) -> bool:
        """A new, empty database (to be migrated) or one with FrontWatch's migration table."""
        tables = {row[0] for row in self.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        return not tables or "schema_migrations" in tables

    def schema_version(self) -> int:
        row = self.con.execute("SELECT max(version) FROM schema_migrations").fetchone()
        return int(row[0] or 0) if row else 0

    def _check_version(self) -> None:
        found = self.schema_version()
        if found > SCHEMA_VERSION:
            raise SchemaMismatch(f"{self.path} has schema version {found}; this FrontWatch knows {SCHEMA_VERSION}")

    # --- writing ------------------------------------------------------------------
    @contextmanager
    def on_one_thread(self, alone: bool = True) -> Iterator[None]:
        """While inside, DuckDB runs each statement on the calling thread only (``alone``).

        DuckDB keeps a thread of its own per further core and wakes it for every statement: beside
        two worker processes on two cores, that thread woke some 150-220 times in a run of the
        sample, each time taking a core from a worker, for statements too small to split.
        The setting the store had is back on leaving (fusion, at the end, has a core to spare)."""
        if not alone:
            yield
            return
        before = int(self.scalar("SELECT current_setting('threads')"))
        self.con.execute("SET threads = 1")
        try:
            yield
        finally:
            self.con.execute(f"SET threads = {before}")

    def stored_article_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of these articles are already stored completely."""
        ids = list(ids)
        if not ids:
            return set()
        rows = self.con.execute(
            "SELECT id FROM articles WHERE id IN (SELECT unnest(?)) AND status IN ('ok', 'error', 'skipped')", [ids]
        ).fetchall()
        return {r[0] for r in rows}

    def write_results(self, results: Sequence[ArticleResult]) -> None:
        """Store a batch of results atomically, replacing anything stored for those articles."""
        if not results:
            return
        tables: dict[str, list[dict[str, Any]]] = {name: [] for name in CHILD_TABLES}
        if not self.keep_unreliable:  # the kinds measured to be wrong most of the time
            results = [reliable(result) for result in results]
        for result in results:
            for name, rows in result_rows(result).items():
                tables[name].extend(rows)
        places = self._changed_places({p.id: p for r in results for p in r.places})
        self.con.execute("BEGIN")
        try:
            self._delete_articles(self._stored_ids([r.article.id for r in results]))
            for name in CHILD_TABLES:
                target, extra = _WRITTEN_AS.get(name, (name, ""))
                self._insert(target, tables[name], extra)
            self._insert_places(places.values())
            self._insert_articles(results)
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        # copies: a Place is mutable, and one changed after writing must compare unequal
        self._written_places.update({pid: dataclasses.replace(p) for pid, p in places.items()})

    def _stored_ids(self, ids: list[str]) -> list[str]:
        """Which of these articles have rows, whatever their status. Only they can have rows in
        the other tables (a batch's article row is written last, in the batch's transaction), so
        a run of new articles deletes nothing: seven statements per batch the writer spared,
        while the workers want its core."""
        rows = self.con.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [ids]).fetchall()
        return [r[0] for r in rows]

    def _delete_articles(self, ids: list[str]) -> None:
        """Everything stored for these articles (inside the caller's transaction)."""
        if not ids:
            return
        for name in CHILD_TABLES:
            target = _WRITTEN_AS.get(name, (name, ""))[0]
            self.con.execute(f"DELETE FROM {target} WHERE article_id IN (SELECT unnest(?))", [ids])
        self.con.execute("DELETE FROM articles WHERE id IN (SELECT unnest(?))", [ids])

    def _changed_places(self, places: dict[str, Place]) -> dict[str, Place]:
        """The places not already written, as they are, by this handle: the same towns come back in
        batch after batch of one run, and rewriting each took over a quarter of the writer's time."""
        return {pid: p for pid, p in places.items() if self._written_places.get(pid) != p}

    def record_failures(self, failures: Iterable[IngestFailure]) -> None:
        """Record failures not recorded before: re-running the same inputs adds no duplicates
        (each origin and reason is kept once, with the time it was first seen)."""
        rows = list({(f.origin, f.reason): {"origin": f.origin, "reason": f.reason, "recorded_at": _now()}
                     for f in failures}.values())
        if not rows:
            return
        frame = pa.Table.from_pylist(rows)  # noqa: F841 - read by DuckDB's replacement scan
        self.con.execute(
            """INSERT INTO ingest_failures BY NAME SELECT * FROM frame f WHERE NOT EXISTS
               (SELECT 1 FROM ingest_failures i WHERE i.origin = f.origin AND i.reason = f.reason)"""
        )

    def sync_actors(self, actors: Iterable[Actor]) -> None:
        """Replace the actors table with the knowledge base in use."""
        rows = [as_row(a) for a in actors]
        self.con.execute("BEGIN")
        self.con.execute("DELETE FROM actors")
        self._insert("actors", rows)
        self.con.execute("COMMIT")

    def _insert_articles(self, results: Sequence[ArticleResult]) -> None:
        rows = []
        for r in results:
            a = r.article
            rows.append({
                "id": a.id, "title": a.title, "source": a.source, "url": a.url, "published": a.published,
                "date_source": a.date_source, "language": a.language, "origin": a.origin, "text": a.text,
                "status": _status(r), "error": r.error or r.skipped or None, "processed_at": _now(),
                "furniture": [as_row(piece) for piece in a.furniture],
            })
        self._insert("articles", rows)

    def _insert_places(self, places: Iterable[Place]) -> None:
        """Write these places over any stored under their ids: one statement that finds each id
        through the table's key, where a DELETE of the ids first scanned the whole table, every write."""
        rows = [as_row(p) for p in places]
        if rows:
            frame = pa.Table.from_pylist(rows)  # noqa: F841 - read by DuckDB's replacement scan
            self.con.execute("INSERT OR REPLACE INTO places BY NAME SELECT * FROM frame")

    def _insert(self, table: str, rows: list[dict[str, Any]], extra_columns: str = "") -> None:
        """Insert rows; ``extra_columns`` (SQL fixed in code) adds computed columns."""
        if not rows:
            return
        frame = pa.Table.from_pylist(rows)  # noqa: F841 - read by DuckDB's replacement scan
        self.con.execute(f"INSERT INTO {table} BY NAME SELECT *{extra_columns} FROM frame")

    # --- reading ------------------------------------------------------------------
    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        """Rows as dicts. Values always go in as bound parameters, never into the SQL text."""
        cursor = self.con.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.con.execute(sql, params).fetchone()
        return row[0] if row else None


def _refuse_other_files(path: str) -> None:
    """A file that exists but is not DuckDB (a CSV, a report) is refused before DuckDB reads it."""
    file = Path(path)
    if path == ":memory:" or not file.is_file() or file.stat().st_size == 0:
        return
    with file.open("rb") as handle:
        head = handle.read(DUCKDB_MAGIC_END)
    if head[DUCKDB_MAGIC_START:DUCKDB_MAGIC_END] != DUCKDB_MAGIC:
        raise NotAStore(f"{path} is not a FrontWatch store (not a DuckDB database file)")


def _status(result: ArticleResult) -> str:
    """'error' (processing failed), 'skipped' (stored unread, e.g. its language) or 'ok'."""
    return "error" if result.error else "skipped" if result.skipped else "ok"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
