"""The `frontwatch` command: a thin client of the library."""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from frontwatch.cli.common import (
    DbOption,
    JsonOption,
    console,
    err_console,
    parse_date,
    user_errors,
)
from frontwatch.cli.eval import eval_app
from frontwatch.cli.kb import kb_app
from frontwatch.cli.names import check_place
from frontwatch.cli.paths import REPORT_SUFFIXES, check_suffix
from frontwatch.cli.query import register_queries
from frontwatch.cli.review import review_app
from frontwatch.cli.serve import register_serve
from frontwatch.cli.watch import register_watch
from frontwatch.ingest import ColumnMap
from frontwatch.runner import RunSummary, run_corpus, sample_corpus_path
from frontwatch.settings import DEFAULT_DB, load_settings
from frontwatch.store import Store

app = typer.Typer(
    help="FrontWatch: rebuild an armed conflict as sourced data from news articles.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
register_queries(app)
register_serve(app)
register_watch(app)
# Always registered: a module that fails to import must fail loudly, not drop its commands.
app.add_typer(kb_app, name="kb")
app.add_typer(eval_app, name="eval")
app.add_typer(review_app, name="review")


def _ingest(paths: list[str], db: str, date: str | None, kb: list[str], config: Path | None,
            columns: ColumnMap, quiet: bool, **overrides: object) -> RunSummary:
    """``overrides``: settings given on the command line (batch_size, workers, scheduler)."""
    settings = load_settings(config).updated(db=db, kb=tuple(kb) or None, **overrides)
    total = _count_hint(paths)
    with user_errors(), Store(db) as store, Progress(
        TextColumn("[bold]processing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err_console, disable=quiet, transient=False,
    ) as progress:
        task = progress.add_task("articles", total=total)
        return run_corpus(paths, store=store, settings=settings, user_date=parse_date(date),
                          columns=columns, on_progress=lambda n: progress.advance(task, n))


def _count_hint(paths: list[str]) -> int | None:
    """A rough total for the progress bar: lines of JSONL files, else number of files."""
    if len(paths) == 1 and paths[0].endswith(".jsonl") and Path(paths[0]).is_file():
        with open(paths[0], "rb") as handle:
            return sum(1 for line in handle if line.strip())
    return None


def _print_summary(summary: RunSummary, as_json: bool) -> None:
    if as_json:
        sys.stdout.write(json.dumps(dataclasses.asdict(summary), default=str) + "\n")
        return
    console.print(
        f"articles: {summary.seen} read, {summary.processed} processed, "
        f"{summary.skipped_existing} already stored, {summary.failed} failed to ingest, "
        f"{summary.processing_errors} failed in processing; events {summary.events}, "
        f"relations {summary.relations}, control changes {summary.control_changes}"
    )
    if summary.fused:
        f = summary.fused
        console.print(
            f"fused across articles: {f.get('reports', 0)} reports -> {f.get('fused_events', 0)} events, "
            f"{f.get('multi_source', 0)} with several sources, {f.get('contradictions', 0)} contradictions"
        )
    for failure in summary.failures[:20]:
        console.print(f"  [yellow]failed[/yellow] {failure['origin']}: {failure['reason']}")
    _print_left_out(summary)


def _print_left_out(summary: RunSummary) -> None:
    """What was read but not extracted from: other languages, and page furniture."""
    if summary.skipped_language:
        counts = ", ".join(f"{lang} {n}" for lang, n in sorted(summary.skipped_language.items()))
        console.print(f"skipped by language (stored unread, FrontWatch reads English): {counts}")
        for item in summary.skipped[:20]:
            console.print(f"  [yellow]skipped[/yellow] {item['origin']}: language {item['language']}")
    if summary.furniture:
        kinds = ", ".join(f"{kind} {n}" for kind, n in sorted(summary.furniture.items()))
        console.print(f"page furniture left out: {sum(summary.furniture.values())} pieces ({kinds})")


def _warn_if_empty(summary: RunSummary, paths: list[str]) -> None:
    """An empty folder or a set of unreadable files is said, not passed over in silence."""
    if summary.seen:
        return
    where = ", ".join(paths)
    if summary.failed:
        err_console.print(f"[yellow]warning:[/yellow] no article could be read from {where} ({summary.failed} failed)")
    else:
        err_console.print(f"[yellow]warning:[/yellow] no articles found in {where} (empty folder or file?)")


PathsArg = Annotated[list[str] | None, typer.Argument(help="Files or folders of articles; '-' reads stdin.")]
DateOpt = Annotated[str | None, typer.Option("--date", help="Publication date (YYYY-MM-DD) for articles with none.")]
KbOpt = Annotated[list[str], typer.Option("--kb", help="Extra actor knowledge file (overlay); repeatable.")]
ConfigOpt = Annotated[Path | None, typer.Option("--config", help="TOML config file (default ./frontwatch.toml).")]
BatchOpt = Annotated[int | None, typer.Option("--batch-size", min=1, help="Articles per batch.")]
ColumnOpt = Annotated[str | None, typer.Option(help="CSV/JSON column name override.")]
WorkersOpt = Annotated[int | None, typer.Option("--workers", min=1, help="Processes to use on this machine.")]
SchedulerOpt = Annotated[str | None, typer.Option(
    "--scheduler", metavar="ADDRESS", help="Dask scheduler (tcp://host:8786), or 'local' for a LocalCluster.")]


@app.command()
def ingest(
    paths: PathsArg = None, db: DbOption = DEFAULT_DB, date: DateOpt = None, kb: KbOpt = [],  # noqa: B006
    config: ConfigOpt = None, batch_size: BatchOpt = None, text_column: ColumnOpt = None,
    title_column: ColumnOpt = None, date_column: ColumnOpt = None, source_column: ColumnOpt = None,
    url_column: ColumnOpt = None, workers: WorkersOpt = None, scheduler: SchedulerOpt = None,
    as_json: JsonOption = False, quiet: bool = typer.Option(False, "--quiet"),
) -> None:
    """Ingest articles into the store and extract events, relations and control changes."""
    if not paths:
        raise typer.BadParameter("give at least one file or folder, or '-' for stdin")
    columns = ColumnMap(text_column, title_column, date_column, source_column, url_column)
    summary = _ingest(paths, db, date, kb, config, columns, quiet or as_json,
                      batch_size=batch_size, workers=workers, scheduler=scheduler)
    _print_summary(summary, as_json)
    _warn_if_empty(summary, paths)
    if summary.failed or summary.processing_errors:
        raise typer.Exit(1)


@app.command()
def run(
    paths: PathsArg = None, db: DbOption = DEFAULT_DB, out: Path = typer.Option(Path("report.html"), help="Report file to write (.html or .md)."),
    date: DateOpt = None, kb: KbOpt = [], config: ConfigOpt = None, batch_size: BatchOpt = None,  # noqa: B006
    workers: WorkersOpt = None, scheduler: SchedulerOpt = None, as_json: JsonOption = False,
) -> None:
    """The main job: ingest (default: the bundled sample corpus), extract, store, report."""
    from frontwatch.report import build_situation, print_report, write_report

    paths = paths or [str(sample_corpus_path())]
    check_suffix(out, REPORT_SUFFIXES, "the report")
    summary = _ingest(paths, db, date, kb, config, ColumnMap(), as_json,
                      batch_size=batch_size, workers=workers, scheduler=scheduler)
    with user_errors(), Store(db) as store:
        situation = build_situation(store)
        write_report(situation, out)
        if as_json:
            sys.stdout.write(json.dumps({"summary": dataclasses.asdict(summary), "report": str(out)}, default=str) + "\n")
        else:
            print_report(situation, console)
            _print_summary(summary, False)
            console.print(f"report written to [bold]{out}[/bold]; store in [bold]{db}[/bold]")
    _warn_if_empty(summary, paths)
    if summary.failed or summary.processing_errors:
        raise typer.Exit(1)


@app.command()
def report(
    db: DbOption = DEFAULT_DB,
    as_of: str | None = typer.Option(None, "--as-of", help="Only facts dated up to this day (YYYY-MM-DD)."),
    region: str | None = typer.Option(None, "--region", help="Governorate, country or place name."),
    out: Path | None = typer.Option(None, "--out", help="Write .html or .md here instead of the terminal."),
    days: int = typer.Option(90, "--days", min=1, help="Period before --as-of for main events, changes of hands, alliances."),
) -> None:
    """Situation report: belligerents, main events, casualties, control, relations."""
    from frontwatch.report import build_situation, print_report, write_report

    if out:
        check_suffix(out, REPORT_SUFFIXES, "the report")
    with user_errors(), Store(db, read_only=True) as store:
        check_place(store, region, "region")
        situation = build_situation(store, as_of=parse_date(as_of, "--as-of"), region=region, days=days)
        if out:
            write_report(situation, out)
            console.print(f"report written to {out}")
        else:
            print_report(situation, console)


def main() -> None:  # pragma: no cover - console entry point
    app()
