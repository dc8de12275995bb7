"""`frontwatch review`: share analysts' reviews as JSONL, see the queue, review from the shell."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from frontwatch.cli.common import (
    DbOption,
    JsonOption,
    LimitOption,
    emit_rows,
    err_console,
    open_store,
    user_errors,
)
from frontwatch.settings import DEFAULT_DB

review_app = typer.Typer(help="Analysts' reviews: export, import (merge), the queue, one review.",
                         no_args_is_help=True)
RecordOption = Annotated[str, typer.Option("--record", help="Kind of fact: event, relation or control.")]


@review_app.command("export")
def export(db: DbOption = DEFAULT_DB,
           out: Annotated[Path | None, typer.Option("--out", help="JSONL file (default: stdout).")] = None) -> None:
    """Write every review (the whole log, oldest first) as JSONL."""
    from frontwatch.review.transfer import export_reviews

    with user_errors(), open_store(db) as store:
        if out is None:
            count = export_reviews(store, sys.stdout)
        else:
            with open(out, "w", encoding="utf-8") as handle:
                count = export_reviews(store, handle)
    err_console.print(f"{count} review(s) exported")


@review_app.command("import")
def import_(path: Annotated[str, typer.Argument(help="JSONL file of reviews ('-' for stdin).")],
            db: DbOption = DEFAULT_DB) -> None:
    """Merge reviews into the store: those already there (same review id) are skipped, nothing is lost.
    A file with any bad line is refused whole, every problem listed as file:line."""
    from frontwatch.review.transfer import import_reviews

    with user_errors(), open_store(db, read_only=False) as store:
        read, new = import_reviews(store, path)
    err_console.print(f"{read} review(s) read, {new} new, {read - new} already present")


@review_app.command("queue")
def queue(db: DbOption = DEFAULT_DB, limit: LimitOption = 50, record: Annotated[str | None, typer.Option(
        "--record", help="Only events, relations or control (event, relation, control).")] = None,
          as_json: JsonOption = False) -> None:
    """Facts not yet reviewed, those that change the picture most first, and how many are left."""
    from frontwatch.review.service import review_queue

    with user_errors(), open_store(db) as store:
        found = review_queue(store, limit=limit, record=record)
    if as_json:
        sys.stdout.write(json.dumps(found, default=str, ensure_ascii=False, indent=1) + "\n")
        return
    emit_rows(found["queue"], as_json=False, title="to review",
              columns=["impact", "record", "record_id", "kind", "source", "target", "killed", "sentence"])
    for kind, counts in found["progress"].items():
        err_console.print(f"{kind}: {counts['reviewed']} reviewed, {counts['left']} left of {counts['facts']}")


@review_app.command("fact")
def fact(record_id: Annotated[str, typer.Argument(help="The fact's id (as `events --json` prints it).")],
         record: RecordOption = "event",
         action: Annotated[str, typer.Option("--action", help="confirm, reject or edit.")] = "confirm",
         set_: Annotated[list[str] | None, typer.Option("--set", help="FIELD=VALUE for an edit; repeatable.")] = None,
         note: Annotated[str, typer.Option("--note", help="Why.")] = "",
         reviewer: Annotated[str, typer.Option("--reviewer", help="Who.")] = "",
         db: DbOption = DEFAULT_DB) -> None:
    """Review one fact from the shell (the browser's review mode does the same)."""
    from frontwatch.review.model import ReviewError, ReviewRequest
    from frontwatch.review.service import review_fact

    with user_errors():
        pairs = [item.partition("=") for item in set_ or []]
        if any(not sep for _, sep, _ in pairs):
            raise ReviewError("--set takes FIELD=VALUE")
        request = ReviewRequest(record, action, {k.strip(): v for k, _, v in pairs}, note, reviewer)
        with open_store(db, read_only=False) as store:
            row = review_fact(store, request, record_id=record_id)
    err_console.print(f"{row['action']} of {record} {record_id} recorded (review {row['review_id']})")


def eval_reviews(db: DbOption = DEFAULT_DB,
                 out: Annotated[Path | None, typer.Option("--out", help="Also write the JSON to this file.")] = None,
                 ) -> None:
    """How often the machine agreed with its reviewers, per kind of fact and per field (registered
    as `frontwatch eval reviews`): the reviews are a growing gold set."""
    from frontwatch.review.agreement import review_agreement

    with user_errors(), open_store(db) as store:
        metrics = review_agreement(store)
    text = json.dumps(metrics, indent=2, ensure_ascii=False)
    if out is not None:
        out.write_text(text + "\n", encoding="utf-8")
    sys.stdout.write(text + "\n")


@review_app.command("teach")
def teach(name: Annotated[str, typer.Argument(help="The name to teach (e.g. from `actors --unknown`).")],
          alias_of: Annotated[str, typer.Option("--alias-of", help="Id of the known actor it names.")] = "",
          new_id: Annotated[str, typer.Option("--new-id", help="Id of a new actor (UPPER_SNAKE).")] = "",
          actor_type: Annotated[str, typer.Option("--type", help="New actor's type (e.g. armed_group).")] = "",
          country: Annotated[str, typer.Option("--country", help="ISO alpha-3 country of a new actor or place.")] = "",
          sector: Annotated[str, typer.Option("--sector", help="New actor's sector (e.g. REB).")] = "",
          place_of: Annotated[str, typer.Option("--alias-of-place", help="Id of the known place it names "
                                                "(gn:..., fw:...; see `places --search`).")] = "",
          at: Annotated[str, typer.Option("--at", help="A new place at LAT,LON (e.g. 36.5,37.9).")] = "",
          place_kind: Annotated[str, typer.Option("--place-kind", help="New place's kind.")] = "populated_place",
          ) -> None:
    """Teach the knowledge base a name, in the review overlay (the review_overlay setting): an actor
    (--alias-of or --new-id, to actors.yaml) or a place (--alias-of-place or --at, to places.yaml)."""
    from frontwatch.review.model import ReviewError
    from frontwatch.settings import load_settings

    folder = load_settings().review_overlay
    with user_errors():
        if sum(map(bool, (alias_of, new_id, place_of, at))) != 1:
            raise ReviewError("give one of --alias-of ID, --new-id ID (an actor), --alias-of-place ID or --at LAT,LON "
                              "(a place)")
        if place_of or at:
            path = _teach_place(folder, name, place_of, at, country=country, kind=place_kind)
        else:
            path = _teach_actor(folder, name, alias_of, {"id": new_id, "name": name, "type": actor_type,
                                                         "country": country, "sector": sector})
    err_console.print(f"{name!r} taught in {path}; later runs use it")


def _teach_actor(folder: str, name: str, alias_of: str, fields: dict[str, str]) -> Path:
    from frontwatch.review.overlay import overlay_path, teach_actor, teach_alias

    if alias_of:
        teach_alias(folder, alias_of, name)
    else:
        teach_actor(folder, fields)
    return overlay_path(folder)


def _teach_place(folder: str, name: str, place_of: str, at: str, *, country: str, kind: str) -> Path:
    from frontwatch.review.model import ReviewError
    from frontwatch.review.places import place_overlay_path, teach_new_place, teach_place_alias

    if place_of:
        teach_place_alias(folder, place_of, name)
    else:
        lat, comma, lon = at.partition(",")
        if not comma:
            raise ReviewError(f"--at takes LAT,LON (e.g. 36.5,37.9), not {at!r}")
        teach_new_place(folder, name, lat.strip(), lon.strip(), country=country, kind=kind)
    return place_overlay_path(folder)
