"""`frontwatch kb`: check actor packs and look actors up (a thin client of kb.actors)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from frontwatch.cli.common import user_errors
from frontwatch.errors import FrontWatchError

kb_app = typer.Typer(
    help="Check the actor knowledge packs and look actors up.", no_args_is_help=True
)
console = Console()

JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON for scripts instead of text.")]
FilesArg = Annotated[
    list[Path] | None, typer.Argument(help="Overlay pack files to check with the shipped packs.")
]
KbOpt = Annotated[
    list[str], typer.Option("--kb", help="Extra actor knowledge file (overlay); repeatable.")
]
DateOpt = Annotated[
    str | None, typer.Option("--date", help="Date (YYYY-MM-DD) for offices and backers.")
]


class UnknownActor(FrontWatchError):
    hint = "try a different spelling, or add the actor to an overlay pack and pass --kb"


def _overlays_in_use() -> list[str]:
    """The overlays runs load: the kb setting's files and the review overlay's actors.yaml."""
    from frontwatch.settings import load_settings

    return list(load_settings().actor_files())


def _gazetteer_in_use() -> Any:
    """The gazetteer runs use: the shipped one plus the review overlay's places.yaml if present."""
    from frontwatch.kb.places import load_gazetteer
    from frontwatch.settings import load_settings

    return load_gazetteer(load_settings().place_files())


@kb_app.command("check")
def check(files: FilesArg = None, as_json: JsonFlag = False) -> None:
    """Validate the shipped actor packs, the overlays in use (--kb setting, the review overlay's
    actors.yaml and places.yaml) and overlay FILES (actor packs or place overlays); list every
    problem as file:line."""
    from frontwatch.kb.actors import check_packs
    from frontwatch.kb.places import check_place_overlays

    actors, places = _overlays_to_check(files or [])
    with user_errors():
        problems = check_packs(actors) + check_place_overlays(places)
    if as_json:
        typer.echo(json.dumps({"problems": problems, "ok": not problems}, indent=2))
    else:
        for problem in problems:
            typer.echo(problem)
        checked = f"actor packs and {len(places)} place overlay(s)" if places else "actor packs"
        typer.echo(f"{len(problems)} problem(s)" if problems else f"{checked}: no problems")
    if problems:
        raise typer.Exit(1)


def _overlays_to_check(files: list[Path]) -> tuple[list[Path], list[Path]]:
    """The actor packs and the place overlays to check: those in use, then the FILES given
    (a file with ``places:`` or ``place_aliases:`` and no ``actors:`` is a place overlay)."""
    from frontwatch.kb.places.overlay import is_place_overlay
    from frontwatch.settings import load_settings

    actors = [Path(f) for f in _overlays_in_use()]
    places = [Path(f) for f in load_settings().place_files()]
    for path in files:
        if path not in actors and path not in places:
            (places if is_place_overlay(path) else actors).append(path)
    return actors, places


@kb_app.command("stats")
def stats(kb: KbOpt = [], as_json: JsonFlag = False) -> None:  # noqa: B006 - typer reads the default
    """Coverage per actor pack: actors, persons, edges, dated edges, places in its countries,
    and the latest date a fact holds from or to."""
    from rich.table import Table

    from frontwatch.kb.actors import load_actor_kb
    from frontwatch.kb.stats import pack_stats

    with user_errors():
        rows = [s.as_row() for s in pack_stats(load_actor_kb(extra_files=kb or _overlays_in_use()), _gazetteer_in_use())]
    if as_json:
        typer.echo(json.dumps(rows, indent=2))
        return
    table = Table(*rows[0].keys()) if rows else Table()
    for row in rows:
        table.add_row(*(str(v) for v in row.values()))
    console.print(table)


@kb_app.command("show")
def show(
    actor: Annotated[str, typer.Argument(help="Actor id or any name or phrase for it.")],
    kb: KbOpt = [],  # noqa: B006 - typer reads the default, never mutates it
    date: DateOpt = None,
    as_json: JsonFlag = False,
) -> None:
    """Resolve ACTOR (an id or a name) and print the actor, its aliases and edges."""
    from frontwatch.kb.actors import load_actor_kb

    with user_errors():
        when = dt.date.fromisoformat(date) if date else None
        knowledge = load_actor_kb(extra_files=kb or _overlays_in_use())
        info = describe(knowledge, actor, when)
    if as_json:
        typer.echo(json.dumps(info, indent=2, default=str))
        return
    _print_info(info)


def describe(knowledge: Any, text: str, date: dt.date | None = None) -> dict[str, Any]:
    """Everything `kb show` prints, as a plain dict."""
    actor_id, how = text, {"method": "id", "note": ""}
    if knowledge.get(text) is None:
        match, why = knowledge.explain(text, date=date)
        if match is None:
            raise UnknownActor(f"no actor for {text!r}: {why}")
        actor_id, how = match.actor_id, {"method": match.method, "note": match.note}
    actor = knowledge.get(actor_id)
    return {
        "actor": dataclasses.asdict(actor),
        "matched_by": how,
        "acting_for": knowledge.acting_for(actor_id, date),
        "backers": knowledge.backers_of(actor_id, date),
        "edges": [dataclasses.asdict(e) for e in knowledge.related(actor_id, date=date)],
    }


def _print_info(info: dict[str, Any]) -> None:
    actor = info["actor"]
    kind = f"{actor['type']}, {actor['country'] or '-'}, {actor['sector'] or '-'}"
    console.print(f"[bold]{actor['id']}[/bold]  {actor['name']}  ({kind})")
    console.print(
        f"matched by: {info['matched_by']['method']} {info['matched_by']['note']}".rstrip()
    )
    if actor["description"]:
        console.print(actor["description"])
    console.print("aliases: " + (", ".join(actor["aliases"]) or "-"))
    console.print(
        f"acting for: {info['acting_for'] or '-'}   backers: {', '.join(info['backers']) or '-'}"
    )
    for edge in info["edges"]:
        span = f"{edge['start'] or ''}..{edge['end'] or ''}"
        console.print(
            f"  {edge['source']} {edge['kind']} {edge['target']} {span} {edge['role']}".rstrip()
        )
