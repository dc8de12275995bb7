"""Output names checked against the format written: `report --out r.pdf` would be HTML in a
.pdf, so a name whose extension does not fit is refused with the name that would."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.markup import escape

from frontwatch.cli.common import err_console

REPORT_SUFFIXES = (".html", ".htm", ".md", ".markdown")
EXPORT_SUFFIXES: dict[str, tuple[str, ...]] = {
    "csv": (".csv",), "jsonl": (".jsonl", ".ndjson"), "parquet": (".parquet",),
    "acled": (".csv",), "plover": (".jsonl", ".ndjson", ".json"), "geojson": (".geojson", ".json"),
    "graphml": (".graphml", ".xml"), "gexf": (".gexf", ".xml"),
}


def check_suffix(out: Path, allowed: tuple[str, ...], writes: str) -> None:
    """Exit 2 with one line when ``out``'s extension is not one of ``allowed``."""
    if out.suffix.lower() in allowed:
        return
    fitting = out.with_suffix(allowed[0]) if out.suffix else Path(f"{out}{allowed[0]}")
    found = out.suffix or "a name without extension"
    message = f"{writes} writes {' or '.join(allowed)}, not {found}: {out} refused (use --out {fitting})"
    err_console.print(f"[red]error:[/red] {escape(message)}", soft_wrap=True)
    raise typer.Exit(2)
