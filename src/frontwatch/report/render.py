"""Render report sections as a Rich terminal view, Markdown, or self-contained HTML."""

from __future__ import annotations

import html
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from frontwatch.report.sections import Section

CELL_LIMIT = 160


def _cell(value: Any, limit: int | None = CELL_LIMIT) -> str:
    text = "" if value is None else str(value)
    return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"


def print_sections(sections: list[Section], console: Console, *, title: str) -> None:
    console.rule(Text(title, style="bold"))
    for section in sections:
        if not section.rows:
            continue
        table = Table(title=Text(section.title), title_justify="left", show_lines=False)
        for column in section.columns:
            table.add_column(column, overflow="fold", max_width=70 if column == "sentence" else None)
        for row in section.rows:
            table.add_row(*[Text(_cell(v, 140)) for v in row])  # Text: no Rich markup from the data
        console.print(table)


def markdown_sections(sections: list[Section], *, title: str) -> str:
    lines = [f"# {_md_text(title)}", ""]
    for section in sections:
        lines += [f"## {_md_text(section.title)}", ""]
        if section.note:
            lines += [f"_{_md_text(section.note)}_", ""]
        if not section.rows:
            lines += ["(none)", ""]
            continue
        lines.append("| " + " | ".join(section.columns) + " |")
        lines.append("|" + "---|" * len(section.columns))
        for row in section.rows:
            lines.append("| " + " | ".join(_md_cell(v) for v in row) + " |")
        lines.append("")
    return "\n".join(lines)


def _md_text(value: str) -> str:
    return html.escape(value, quote=False)


def _md_cell(value: Any) -> str:
    """A table cell that no Markdown renderer can turn into live HTML."""
    return html.escape(_cell(value, None), quote=False).replace("|", "\\|").replace("\n", " ")


_STYLE = """
body{font-family:system-ui,sans-serif;margin:2rem;color:#222;max-width:1200px}
table{border-collapse:collapse;margin:.5rem 0 1.5rem;font-size:.9rem}
th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f2f2f2}td.sentence{max-width:40rem}.note{color:#666;font-style:italic}
"""


def html_sections(sections: list[Section], *, title: str, extra_html: str = "") -> str:
    """A complete HTML page with no external resources; every value is escaped."""
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{html.escape(title)}</h1>",
        extra_html,
    ]
    for section in sections:
        parts.append(f"<h2>{html.escape(section.title)}</h2>")
        if section.note:
            parts.append(f"<p class='note'>{html.escape(section.note)}</p>")
        if not section.rows:
            parts.append("<p>(none)</p>")
            continue
        head = "".join(f"<th>{html.escape(c)}</th>" for c in section.columns)
        body = "".join(
            "<tr>" + "".join(
                f"<td class='{html.escape(c)}'>{html.escape(_cell(v, None))}</td>" for c, v in zip(section.columns, row)
            ) + "</tr>"
            for row in section.rows
        )
        parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
    parts.append("</body></html>")
    return "\n".join(parts)
