"""The key judgements as the terminal's one screen, a Markdown block and an HTML block.

Text from the data is never read as markup: Rich gets ``Text`` objects, Markdown and
HTML get escaped text.
"""

from __future__ import annotations

import html

from rich.console import Console
from rich.text import Text

from frontwatch.report.judgements import Judgement, KeyJudgements
from frontwatch.report.render import md_text

TITLE = "Key judgements"
SENTENCE_CHARS = 200  # the evidence sentence quoted in Markdown
FULL_TABLES = "Full tables with their sentences: frontwatch report --out report.html (or .md)"


def _reports(j: Judgement) -> str:
    return f"{j.reports:,} report{'s' if j.reports != 1 else ''}"


def print_summary(summary: KeyJudgements, console: Console) -> None:
    console.print(Text(f"{TITLE}. ", style="bold") + Text(summary.basis, style="dim"))
    for heading in summary.headings:
        console.print(Text(heading.title, style="bold"))
        for j in heading.judgements:
            console.print(Text("• ") + Text(j.text) + Text(f" [{_reports(j)}]", style="dim"))
    console.print(Text(FULL_TABLES, style="dim"))


def markdown_summary(summary: KeyJudgements) -> str:
    lines = [f"## {TITLE}", "", f"_{md_text(summary.basis)}_", ""]
    for heading in summary.headings:
        lines += [f"### {md_text(heading.title)}", "", *([f"_{md_text(heading.note)}_", ""] if heading.note else [])]
        lines += [f"- {md_text(j.text)} ({_reports(j)}){_md_quote(j.sentence)}" for j in heading.judgements]
        lines.append("")
    return "\n".join(lines)


def _md_quote(sentence: str) -> str:
    if not sentence:
        return ""
    short = sentence if len(sentence) <= SENTENCE_CHARS else sentence[: SENTENCE_CHARS - 1] + "…"
    return f" — “{md_text(short)}”".replace("\n", " ")


def html_summary(summary: KeyJudgements) -> str:
    """The judgements, each linking to the table row (or section) holding its evidence."""
    parts = [f"<section id='key-judgements'><h2>{TITLE}</h2>",
             f"<p class='note'>{html.escape(summary.basis)}</p>"]
    for heading in summary.headings:
        parts.append(f"<h3>{html.escape(heading.title)}</h3>")
        if heading.note:
            parts.append(f"<p class='note'>{html.escape(heading.note)}</p>")
        parts.append("<ul class='judgements'>")
        parts += [f"<li>{_html_judgement(j)}</li>" for j in heading.judgements]
        parts.append("</ul>")
    parts.append("</section>")
    return "\n".join(parts)


def _html_judgement(j: Judgement) -> str:
    count = html.escape(_reports(j))
    evidence = f"<a href='#{html.escape(j.anchor)}'>{count}</a>" if j.anchor else count
    quote = f" <q class='evidence'>{html.escape(j.sentence)}</q>" if j.sentence else ""
    return f"{html.escape(j.text)} <span class='evidence'>[{evidence}]</span>{quote}"
