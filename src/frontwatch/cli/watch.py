"""`frontwatch watch`: poll folders and feeds, process what is new, alert on what changed."""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Annotated

import typer
from rich.logging import RichHandler

from frontwatch.cli.common import DbOption, console, err_console, user_errors
from frontwatch.cli.serve import LOOPBACK
from frontwatch.settings import DEFAULT_DB, load_settings

if TYPE_CHECKING:
    from frontwatch.watch.sources import Source
    from frontwatch.watch.watcher import Watcher

SourcesArg = Annotated[list[str], typer.Argument(
    help="Folders to watch, and RSS/Atom feeds (http(s) URLs or files).", metavar="SOURCE", show_default=False)]
IntervalOpt = Annotated[float, typer.Option("--interval", min=1.0, help="Seconds between polls of each source.")]
RulesOpt = Annotated[Path | None, typer.Option("--rules", help="Alert rules (.toml or .yaml); default: shipped rules.")]
AlertsOpt = Annotated[Path, typer.Option("--alerts", help="JSONL file alerts are appended to.")]
WebhookOpt = Annotated[str | None, typer.Option("--webhook", help="URL each alert is POSTed to as JSON (retried).")]
FollowOpt = Annotated[bool, typer.Option("--follow-links", help="Read the page each feed item links to.")]
ServeOpt = Annotated[bool, typer.Option("--serve", help="Also serve the browser UI while watching.")]
HostOpt = Annotated[str, typer.Option("--host", help="Address the UI listens on (with --serve).")]
PortOpt = Annotated[int, typer.Option("--port", min=0, max=65535, help="Port of the UI (with --serve).")]
OnceOpt = Annotated[bool, typer.Option("--once", help="Poll every source once, then stop.")]
ConfigOpt = Annotated[Path | None, typer.Option("--config", help="TOML config file (default ./frontwatch.toml).")]


def watch(
    sources: SourcesArg, db: DbOption = DEFAULT_DB, interval: IntervalOpt = 60.0, rules: RulesOpt = None,
    alerts: AlertsOpt = Path("alerts.jsonl"), webhook: WebhookOpt = None, follow_links: FollowOpt = False,
    serve: ServeOpt = False, host: HostOpt = "127.0.0.1", port: PortOpt = 8000, once: OnceOpt = False,
    config: ConfigOpt = None,
) -> None:
    """Watch folders and feeds: process new articles as they come and alert on what changed.

    Each source's state lives in the store, so a restart resumes where the last run stopped,
    with nothing processed or alerted twice. Ctrl-C stops after the batch in progress.
    """
    from frontwatch.store import Store
    from frontwatch.watch.rules import load_rules
    from frontwatch.watch.sinks import JsonlSink, Sink, TerminalSink, WebhookSink
    from frontwatch.watch.watcher import Watcher

    logging.basicConfig(level=logging.INFO, format="%(message)s", handlers=[RichHandler(console=err_console)])
    with user_errors():
        watched = [_source(s, follow_links) for s in sources]
        alert_rules = load_rules(rules)
        settings = load_settings(config).updated(db=db)
        sinks: list[Sink] = [TerminalSink(console), JsonlSink(alerts)]
        if webhook:
            sinks.append(WebhookSink(_checked_url(webhook)))
        with Store(db) as store:
            watcher = Watcher(store, watched, alert_rules, sinks, settings, interval_s=interval)
            _run(watcher, serve=serve, host=host, port=port, once=once)
        for sink in sinks:
            sink.close()


def _run(watcher: Watcher, *, serve: bool, host: str, port: int, once: bool) -> None:
    from frontwatch.watch.live import serve_in_thread

    stop = threading.Event()
    live = serve_in_thread(watcher.store, host=host, port=port) if serve else None
    if live:
        err_console.print(f"FrontWatch UI on http://{host}:{port}/ while watching")
        if host not in LOOPBACK:
            err_console.print(f"[yellow]warning:[/yellow] listening on {host}: anyone who can reach it can read the store")
    previous = signal.signal(signal.SIGINT, _stopper(stop))
    err_console.print(f"watching {len(watcher.sources)} source(s) every {watcher.interval_s:g} s; Ctrl-C to stop")
    try:
        stats = watcher.run(stop, cycles=1 if once else None)
    finally:
        signal.signal(signal.SIGINT, previous)
        if live:
            live.stop()
    err_console.print(f"stopped: {stats.articles_processed} articles processed, {stats.articles_skipped} already "
                      f"stored, {stats.alerts} alerts, {stats.source_errors} source errors")


def _stopper(stop: threading.Event) -> Callable[[int, FrameType | None], None]:
    def handle(_signum: int, _frame: FrameType | None) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        err_console.print("stopping after the batch in progress (Ctrl-C again to abort)")
        stop.set()

    return handle


def _source(spec: str, follow_links: bool) -> Source:
    from frontwatch.watch.sources import FeedSource, FolderSource

    if spec.lower().startswith(("http://", "https://")):
        return FeedSource(spec, follow_links=follow_links)
    path = Path(spec)
    if path.is_dir():
        return FolderSource(path)
    if path.is_file():
        return FeedSource(str(path), follow_links=follow_links)
    raise typer.BadParameter(f"{spec}: not a folder, a feed file or an http(s) URL")


def _checked_url(url: str) -> str:
    if not url.lower().startswith(("http://", "https://")):
        raise typer.BadParameter(f"--webhook must be an http(s) URL, got {url!r}")
    return url


def register_watch(app: typer.Typer) -> None:
    """Add the `watch` command to the `frontwatch` app (called from cli/main.py)."""
    app.command()(watch)
