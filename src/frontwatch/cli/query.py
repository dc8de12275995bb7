"""Query and export commands: events, actors, places, export, network, control."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from frontwatch.cli.common import (
    DbOption,
    JsonOption,
    LimitOption,
    console,
    emit_rows,
    parse_date,
    with_store,
)
from frontwatch.cli.names import (
    check_actor,
    check_certainty,
    check_event_type,
    check_place,
    refuse_unknown,
)
from frontwatch.cli.paths import EXPORT_SUFFIXES, check_suffix
from frontwatch.settings import DEFAULT_DB
from frontwatch.store.queries import (
    EventFilter,
    count_events,
    select_actors,
    select_events,
    select_places,
    select_unknown_actors,
)

if TYPE_CHECKING:
    from frontwatch.store import Store

EVENT_VIEW = ["date", "type", "mode", "source_actor", "target_actor", "place_name", "admin1", "killed",
              "certainty", "sentence"]
CERTAINTY_HELP = "'facts' (asserted and attributed, the default), 'all', or one of hedged, hypothetical, negated."


def events(
    db: DbOption = DEFAULT_DB,
    actor: str | None = typer.Option(None, help="Actor id (e.g. ISIS) or text."),
    type: str | None = typer.Option(None, "--type", help="PLOVER event type, e.g. ASSAULT."),
    since: str | None = typer.Option(None, help="From this date (YYYY-MM-DD)."),
    until: str | None = typer.Option(None, help="Up to this date (YYYY-MM-DD)."),
    place: str | None = typer.Option(None, help="Place id, name (any spelling) or governorate."),
    certainty: str = typer.Option("facts", help=CERTAINTY_HELP),
    limit: LimitOption = 50,
    as_json: JsonOption = False,
) -> None:
    """List events, filtered; each with the sentence that states it."""
    flt = EventFilter(actor=actor, type=type, since=parse_date(since, "--since"), until=parse_date(until, "--until"),
                      place=place, place_ids=tuple(_place_ids_named(place)) if place else (), certainty=certainty)
    check_event_type(type)
    check_certainty(certainty)

    def show(store: Store) -> None:
        check_actor(store, actor)
        check_place(store, place)
        rows = select_events(store, flt, limit=limit)
        emit_rows(rows, as_json=as_json, title=f"events (of {count_events(store, flt)} matching)",
                  columns=EVENT_VIEW)

    with_store(db, show)


def actors(
    db: DbOption = DEFAULT_DB,
    search: str | None = typer.Option(None, help="Id or name contains this."),
    unknown: bool = typer.Option(False, "--unknown", help="List unresolved actor mentions by frequency instead."),
    limit: LimitOption = 50,
    as_json: JsonOption = False,
) -> None:
    """Actors active in the store (or, with --unknown, candidates missing from the knowledge base)."""
    if unknown:
        with_store(db, lambda s: emit_rows(select_unknown_actors(s, limit=limit), as_json=as_json,
                                           title="unresolved actor mentions"))
        return

    def show(store: Store) -> None:
        rows = select_actors(store, search=search, limit=limit)
        if search and not rows:
            check_actor(store, search)  # an unknown name says so; a known one not seen is an empty table
        emit_rows(rows, as_json=as_json, title="actors")

    with_store(db, show)


def places(
    db: DbOption = DEFAULT_DB,
    search: str | None = typer.Option(None, help="Name (any spelling the gazetteer knows) or governorate."),
    limit: LimitOption = 50,
    as_json: JsonOption = False,
) -> None:
    """Places resolved in the store, with their events."""
    ids = tuple(_place_ids_named(search)) if search else ()

    def show(store: Store) -> None:
        rows = select_places(store, search=search, ids=ids, limit=limit)
        if search and not rows:
            check_place(store, search)
        emit_rows(rows, as_json=as_json, title="places")

    with_store(db, show)


ANALYST_SUFFIX = {"acled": "acled.csv", "plover": "plover.jsonl", "geojson": "geojson", "graphml": "graphml",
                  "gexf": "gexf"}


def export(
    db: DbOption = DEFAULT_DB,
    format: str = typer.Option("csv", "--format", help="csv, jsonl, parquet (a table); acled, plover, geojson (fused "
                                                        "events); graphml, gexf (actor network)."),
    table: str = typer.Option("events", help="For csv/jsonl/parquet: events, relations, control_changes, mentions, "
                                             "articles, actors, places, failures, fused_events, fused_event_members, "
                                             "casualty_statistics."),
    out: Path | None = typer.Option(None, "--out", help="File to write (default: <table>.<format>, or frontwatch.<format>)."),
    as_of: str | None = typer.Option(None, "--as-of", help="graphml/gexf: the network as of this day (YYYY-MM-DD)."),
) -> None:
    """Export a table, fused events in an analyst format, or the actor network, provenance included."""
    from frontwatch.export import ALL_FORMATS, TABLE_FORMATS, TABLES
    from frontwatch.export import export as write_export

    if format not in ALL_FORMATS:
        refuse_unknown("export format", format, ALL_FORMATS)
    if format in TABLE_FORMATS and table not in TABLES:
        refuse_unknown("table", table, TABLES)
    target = out or Path(f"{table}.{format}" if format in TABLE_FORMATS else f"frontwatch.{ANALYST_SUFFIX[format]}")
    check_suffix(target, EXPORT_SUFFIXES[format], f"--format {format}")
    when = parse_date(as_of, "--as-of")
    if format == "acled":  # its summary says which events were left out, and why
        from frontwatch.export.acled import write_acled

        console.print(f"wrote {with_store(db, lambda s: write_acled(s, target)).summary()} to {target}")
        return
    count = with_store(db, lambda s: write_export(s, format, target, table=table, as_of=when))
    console.print(f"wrote {count} {'rows' if format in TABLE_FORMATS else 'records'} to {target}")


def network(
    db: DbOption = DEFAULT_DB,
    as_of: str | None = typer.Option(None, "--as-of", help="The network as of this day (YYYY-MM-DD)."),
    changes_since: str | None = typer.Option(None, "--changes-since",
                                                help="List ties that appeared, ended or flipped from this day to --as-of."),
    monthly: bool = typer.Option(False, "--monthly", help="Cooperation-conflict score per actor pair and month."),
    unconfirmed: bool = typer.Option(False, "--unconfirmed", help="List hedged/hypothetical/negated ties instead."),
    lapse_days: int = typer.Option(180, "--lapse-days", min=1, help="Days without evidence after which a tie ended."),
    claimant: str | None = typer.Option(None, "--claimant",
                                        help="Only the ties this speaker asserts (actor id or name as written)."),
    limit: LimitOption = 100,
    as_json: JsonOption = False,
) -> None:
    """Actor network: who backs, fights, allies with whom, with evidence counts and dates."""
    from frontwatch.fuse.network import monthly_scores
    from frontwatch.fuse.network import unconfirmed as unconfirmed_ties
    from frontwatch.fusion import network_changes, network_snapshot, network_ties

    when = parse_date(as_of, "--as-of")
    since = parse_date(changes_since, "--changes-since")

    def show(store: Store) -> None:
        if not (unconfirmed or monthly or since):  # the snapshot is aggregated in DuckDB
            rows = [asdict(e) for e in network_snapshot(store, when, claimant=claimant)]
            emit_rows(rows[:limit], as_json=as_json, title=f"network as of {when or 'the latest report'}",
                      columns=NETWORK_VIEW)
            return
        ties = network_ties(store)
        if unconfirmed:
            emit_rows(unconfirmed_ties(ties)[:limit], as_json=as_json, title="unconfirmed ties (not in the network)")
        elif monthly:
            emit_rows(monthly_scores(ties)[:limit], as_json=as_json, title="cooperation-conflict score by month")
        elif since:
            end = when or max((t.date for t in ties if t.date), default=since)
            rows = [asdict(c) for c in network_changes(store, since, end, lapse_days=lapse_days, ties=ties)]
            emit_rows(rows[:limit], as_json=as_json, title=f"network changes {since} – {end}")

    with_store(db, show)


def control(
    db: DbOption = DEFAULT_DB,
    place: str | None = typer.Option(None, help="Place id or name (substring)."),
    as_of: str | None = typer.Option(None, "--as-of", help="Show who held each place on this day (YYYY-MM-DD)."),
    limit: LimitOption = 200,
    as_json: JsonOption = False,
) -> None:
    """Territorial control: each place's controllers over time, conflicting claims shown."""
    from frontwatch.fuse.control import controller_as_of
    from frontwatch.fusion import control_timelines

    when = parse_date(as_of, "--as-of")
    same_place = _place_ids_named(place) if place else set()

    def show(store: Store) -> None:
        check_place(store, place)
        rows = []
        for timeline in control_timelines(store).values():
            name = timeline.place.name or timeline.place.text
            names = f"{name} {timeline.place.text}".casefold()
            if place and place.casefold() not in names and timeline.place.id not in same_place | {place}:
                continue
            periods = timeline.periods if when is None else [p for p in [controller_as_of(timeline, when)] if p]
            rows += [{"place": name, "admin1": timeline.place.admin1, "controller": p.controller, "from": p.start,
                      "until": p.end, "reports": len(p.claims), "conflict": p.conflict, "sentence": p.sentence}
                     for p in periods]
        emit_rows(rows[:limit], as_json=as_json, title=f"control{' as of ' + str(when) if when else ' timeline'}")

    with_store(db, show)


def _place_ids_named(name: str) -> set[str]:
    """Every place the gazetteer knows by this name in any spelling ("Palmyra" is Tadmur)."""
    from frontwatch.kb.places import load_gazetteer
    from frontwatch.settings import load_settings

    return {place.id for place in load_gazetteer(load_settings().place_files()).lookup(name)}


NETWORK_VIEW = ["kind", "source", "target", "evidence", "articles", "first", "last", "score", "unconfirmed",
                "claimants", "enemy_claimed", "sentence"]


def register_queries(app: typer.Typer) -> None:
    for command in (events, actors, places, export, network, control):
        app.command()(command)
