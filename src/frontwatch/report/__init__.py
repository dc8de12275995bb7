"""Report: the situation as of a date, as terminal output, Markdown or offline HTML."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from rich.console import Console

from frontwatch.report.render import html_sections, markdown_sections, print_sections
from frontwatch.report.sections import situation_sections
from frontwatch.report.situation import Situation, build_situation
from frontwatch.store import Store

__all__ = ["Situation", "build_situation", "print_report", "write_report"]


def _title(situation: Situation) -> str:
    scope = f" — {situation.region}" if situation.region else ""
    when = f" as of {situation.as_of}" if situation.as_of else ""
    return f"FrontWatch situation report{scope}{when}"


def print_report(situation: Situation, console: Console) -> None:
    print_sections(situation_sections(situation), console, title=_title(situation))


def write_report(situation: Situation, out: Path) -> Path:
    """Write Markdown (.md) or self-contained HTML (anything else) to ``out``."""
    sections = situation_sections(situation)
    if out.suffix.lower() in (".md", ".markdown"):
        out.write_text(markdown_sections(sections, title=_title(situation)), encoding="utf-8")
    else:
        out.write_text(html_sections(sections, title=_title(situation)), encoding="utf-8")
    return out


def report_for(store: Store, *, as_of: dt.date | None = None, region: str | None = None) -> Situation:
    return build_situation(store, as_of=as_of, region=region)
