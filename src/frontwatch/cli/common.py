"""Options and helpers every command shares: --db, --json, errors as one clear line."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from frontwatch.errors import FrontWatchError
from frontwatch.store import Store

console = Console()
err_console = Console(stderr=True)
T = TypeVar("T")

DbOption = Annotated[str, typer.Option("--db", help="DuckDB file of the store.", envvar="FRONTWATCH_DB")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON for scripts instead of tables.")]
LimitOption = Annotated[int, typer.Option("--limit", min=1, max=10_000, help="Most rows to show.")]


def parse_date(value: str | None, name: str = "date") -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as err:
        raise typer.BadParameter(f"{name} must be YYYY-MM-DD, got {value!r}") from err


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn FrontWatch's typed errors into one line and exit code 2."""
    try:
        yield
    except FrontWatchError as err:
        hint = f" ({err.hint})" if err.hint else ""
        err_console.print(f"[red]error:[/red] {escape(str(err) + hint)}", soft_wrap=True)
        raise typer.Exit(2) from err
    except FileNotFoundError as err:
        err_console.print(f"[red]error:[/red] {escape(str(err))}", soft_wrap=True)
        raise typer.Exit(2) from err


def open_store(db: str, *, read_only: bool = True) -> Store:
    return Store(db, read_only=read_only)


def with_store(db: str, action: Callable[[Store], T], *, read_only: bool = True) -> T:
    with user_errors(), open_store(db, read_only=read_only) as store:
        return action(store)


def emit_rows(rows: list[dict[str, Any]], *, as_json: bool, title: str, columns: list[str] | None = None) -> None:
    """Rows as a Rich table, or as a JSON list on stdout."""
    if as_json:
        sys.stdout.write(json.dumps(rows, default=str, ensure_ascii=False, indent=1) + "\n")
        return
    columns = columns or (list(rows[0]) if rows else [])
    table = Table(title=f"{title} ({len(rows)})", title_justify="left")
    for column in columns:
        table.add_column(column, overflow="fold", max_width=60 if column == "sentence" else None)
    for row in rows:
        table.add_row(*["" if row.get(c) is None else str(row.get(c)) for c in columns])
    console.print(table)
