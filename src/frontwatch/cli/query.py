"""Query and export commands: events, actors, places, export."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from frontwatch.cli.common import DbOption, JsonOption, LimitOption, console, emit_rows, parse_date, with_store
from frontwatch.store.queries import EventFilter, count_events, select_actors, select_events, select_places, select_unknown_actors

EVENT_VIEW = ["date", "type", "mode", "source_actor", "target_actor", "place_name", "admin1", "killed",
              "certainty", "sentence"]
CERTAINTY_HELP = "'facts' (asserted and attributed, the default), 'all', or one of hedged, hypothetical, negated."


def events(
    db: DbOption = "frontwatch.duckdb",
    actor: Optional[str] = typer.Option(None, help="Actor id (e.g. ISIS) or text."),
    type: Optional[str] = typer.Option(None, "--type", help="PLOVER event type, e.g. ASSAULT."),
    since: Optional[str] = typer.Option(None, help="From this date (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, help="Up to this date (YYYY-MM-DD)."),
    place: Optional[str] = typer.Option(None, help="Place id, name or governorate."),
    certainty: str = typer.Option("facts", help=CERTAINTY_HELP),
    limit: LimitOption = 50,
    as_json: JsonOption = False,
) -> None:
    """List events, filtered; each with the sentence that states it."""
    flt = EventFilter(actor=actor, type=type, since=parse_date(since, "--since"), until=parse_date(until, "--until"),
                      place=place, certainty=certainty)

    def show(store):
        rows = select_events(store, flt, limit=limit)
        emit_rows(rows, as_json=as_json, title=f"events (of {count_events(store, flt)} matching)",
                  columns=EVENT_VIEW)

    with_store(db, show)


def actors(
    db: DbOption = "frontwatch.duckdb",
    search: Optional[str] = typer.Option(None, help="Id or name contains this."),
    unknown: bool = typer.Option(False, "--unknown", help="List unresolved actor mentions by frequency instead."),
    limit: LimitOption = 50,
    as_json: JsonOption = False,
) -> None:
    """Actors active in the store (or, with --unknown, candidates missing from the knowledge base)."""
    if unknown:
        with_store(db, lambda s: emit_rows(select_unknown_actors(s, limit=limit), as_json=as_json,
                                           title="unresolved actor mentions"))
        return
    with_store(db, lambda s: emit_rows(select_actors(s, search=search, limit=limit), as_json=as_json, title="actors"))


def places(
    db: DbOption = "frontwatch.duckdb",
    search: Optional[str] = typer.Option(None, help="Name or governorate contains this."),
    limit: LimitOption = 50,
    as_json: JsonOption = False,
) -> None:
    """Places resolved in the store, with their events."""
    with_store(db, lambda s: emit_rows(select_places(s, search=search, limit=limit), as_json=as_json, title="places"))


def export(
    db: DbOption = "frontwatch.duckdb",
    format: str = typer.Option("csv", "--format", help="csv, jsonl or parquet."),
    table: str = typer.Option("events", help="events, relations, control_changes, mentions, articles, actors, places, failures."),
    out: Optional[Path] = typer.Option(None, "--out", help="File to write (default: <table>.<format>)."),
) -> None:
    """Export a table of the store, provenance included."""
    from frontwatch.export import TABLE_FORMATS, TABLE_QUERIES, export_table

    if format not in TABLE_FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(TABLE_FORMATS)}")
    if table not in TABLE_QUERIES:
        raise typer.BadParameter(f"--table must be one of {', '.join(TABLE_QUERIES)}")
    target = out or Path(f"{table}.{format}")
    rows = with_store(db, lambda s: export_table(s, table, format, target))
    console.print(f"wrote {rows} rows to {target}")


def register_queries(app: typer.Typer) -> None:
    for command in (events, actors, places, export):
        app.command()(command)
