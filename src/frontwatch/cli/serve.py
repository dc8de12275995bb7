"""`frontwatch serve`: the browser interface and REST API over a store, read-only unless
`--review` (then on this machine only, writes behind a token printed at start)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from frontwatch.cli.common import DbOption, err_console, user_errors
from frontwatch.settings import DEFAULT_DB

if TYPE_CHECKING:
    from fastapi import FastAPI

LOOPBACK = ("127.0.0.1", "localhost", "::1")
HostOption = Annotated[str, typer.Option("--host", help="Address to listen on (default: this machine only).")]
PortOption = Annotated[int, typer.Option("--port", min=0, max=65535, help="Port to listen on.")]
AllowHostOption = Annotated[list[str] | None, typer.Option(
    "--allow-host", help="Extra name the Host header may carry (e.g. behind a proxy); repeatable.")]
LogLevelOption = Annotated[str, typer.Option("--log-level", help="uvicorn log level.")]
ReviewOption = Annotated[bool, typer.Option(
    "--review", help="Let analysts confirm, reject and edit facts in the browser (127.0.0.1 only; "
                     "writes need the token printed at start; no other process can open the store meanwhile).")]


def serve(
    db: DbOption = DEFAULT_DB,
    host: HostOption = "127.0.0.1",
    port: PortOption = 8000,
    allow_host: AllowHostOption = None,
    log_level: LogLevelOption = "info",
    review: ReviewOption = False,
) -> None:
    """Serve a map, actor network, timeline and event table in the browser, with a REST API (/docs)."""
    import secrets

    import uvicorn

    from frontwatch.serve.assets import INSTALL_HINT, vendor_installed

    if review and host not in LOOPBACK:
        err_console.print(f"[red]error:[/red] --review serves this machine only; use --host 127.0.0.1, not {host}")
        raise typer.Exit(2)
    token = secrets.token_urlsafe(24) if review else None
    if host not in LOOPBACK:
        err_console.print(f"[yellow]warning:[/yellow] listening on {host}: anyone who can reach it can read the store")
    if not vendor_installed():
        err_console.print(f"[yellow]warning:[/yellow] map files not installed, the map has no basemap ({INSTALL_HINT})")
    with user_errors():
        app = _open_app(db, host, allow_host or [], token)
    if token:
        err_console.print(f"FrontWatch review mode on http://{host}:{port}/#token={token}")
        err_console.print(f"  review token: {token}  (header X-FrontWatch-Token for scripts)")
    else:
        err_console.print(f"FrontWatch on http://{host}:{port}/  (API docs: /docs)")
    uvicorn.run(app, host=host, port=port, log_level=log_level)


def _open_app(db: str, host: str, allow_host: list[str], token: str | None) -> FastAPI:
    """The app, or one clear line and exit 2 when the store cannot be opened (e.g. an ingest
    is writing it: DuckDB lets one process write a file, or many read it, not both)."""
    from frontwatch.serve import create_app
    from frontwatch.store import StoreIOError

    try:
        return create_app(db, bind_host=host, allowed_hosts=allow_host, review_token=token)
    except StoreIOError as err:
        err_console.print(f"[red]error:[/red] cannot open {db} {'to write' if token else 'read-only'}: {err}")
        err_console.print("  (is another frontwatch command writing it? wait for it to finish)")
        raise typer.Exit(2) from err


def register_serve(app: typer.Typer) -> None:
    """Add the `serve` command to the `frontwatch` app (called from cli/main.py)."""
    app.command()(serve)
