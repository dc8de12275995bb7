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


def print_sections(sections: list[Section], console: Console) -> None:
    for section in sections:
        if not section.rows:
            continue
        table = Table(title=Text(section.title), title_justify="left", show_lines=False)
        for column in section.columns:
            table.add_column(column, overflow="fold", max_width=70 if column == "sentence" else None)
        for row in section.rows:
            table.add_row(*[Text(_cell(v, 140)) for v in row])  # Text: no Rich markup from the data
        console.print(table)


def markdown_sections(sections: list[Section], *, title: str, lead: str = "") -> str:
    """The page: ``lead`` (Markdown, already escaped) under the title, then every table."""
    lines = [f"# {md_text(title)}", "", *([lead] if lead else [])]
    for section in sections:
        lines += [f"## {md_text(section.title)}", ""]
        if section.note:
            lines += [f"_{md_text(section.note)}_", ""]
        if not section.rows:
            lines += ["(none)", ""]
            continue
        lines.append("| " + " | ".join(section.columns) + " |")
        lines.append("|" + "---|" * len(section.columns))
        for row in section.rows:
            lines.append("| " + " | ".join(_md_cell(v) for v in row) + " |")
        lines.append("")
    return "\n".join(lines)


def md_text(value: str) -> str:
    """Text that no Markdown renderer turns into live HTML."""
    return html.escape(value, quote=False)


def _md_cell(value: Any) -> str:
    """A table cell that no Markdown renderer can turn into live HTML."""
    return html.escape(_cell(value, None), quote=False).replace("|", "\\|").replace("\n", " ")


_STYLE = """
body{font-family:system-ui,sans-serif;margin:2rem;color:#222;max-width:1200px}
table{border-collapse:collapse;margin:.5rem 0 1.5rem;font-size:.9rem}
th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f2f2f2}td.sentence{max-width:40rem}.note{color:#666;font-style:italic}
ul.judgements li{margin:.3rem 0}q.evidence{color:#555;font-size:.85rem}tr:target{background:#fff3bf}
"""


def html_sections(sections: list[Section], *, title: str, extra_html: str = "", lead_html: str = "") -> str:
    """A complete HTML page with no external resources; every value is escaped. ``lead_html``
    comes first under the title, ``extra_html`` (figures) before the tables."""
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{html.escape(title)}</h1>",
        lead_html,
        extra_html,
    ]
    for section in sections:
        anchor = f" id='{html.escape(section.anchor)}'" if section.anchor else ""
        parts.append(f"<h2{anchor}>{html.escape(section.title)}</h2>")
        if section.note:
            parts.append(f"<p class='note'>{html.escape(section.note)}</p>")
        if not section.rows:
            parts.append("<p>(none)</p>")
            continue
        head = "".join(f"<th>{html.escape(c)}</th>" for c in section.columns)
        ids = section.row_anchors or [""] * len(section.rows)
        body = "".join(
            (f"<tr id='{html.escape(row_id)}'>" if row_id else "<tr>") + "".join(
                f"<td class='{html.escape(c)}'>{html.escape(_cell(v, None))}</td>" for c, v in zip(section.columns, row, strict=True)
            ) + "</tr>"
            for row_id, row in zip(ids, section.rows, strict=True)
        )
        parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
    parts.append("</body></html>")
    return "\n".join(parts)
