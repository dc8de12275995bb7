"""Report: the situation as of a date. The terminal shows the key judgements on one screen;
Markdown and offline HTML put them above the full tables."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from rich.console import Console
from rich.text import Text

from frontwatch.report.judgements import key_judgements
from frontwatch.report.render import html_sections, markdown_sections, print_sections
from frontwatch.report.sections import situation_sections
from frontwatch.report.situation import Situation, build_situation
from frontwatch.report.summary import html_summary, markdown_summary, print_summary
from frontwatch.report.svg import event_map, network_drawing
from frontwatch.store import Store

__all__ = ["Situation", "build_situation", "key_judgements", "print_report", "write_report"]


def _title(situation: Situation) -> str:
    scope = f" — {situation.region}" if situation.region else ""
    latest = situation.picture.end if situation.picture else None
    when = f" as of {situation.as_of}" if situation.as_of else (f" as of {latest} (latest report)" if latest else "")
    return f"FrontWatch situation report{scope}{when}"


def print_report(situation: Situation, console: Console, *, full: bool = False) -> None:
    """The key judgements on one screen; ``full`` adds every table after them."""
    console.rule(Text(_title(situation), style="bold"))
    print_summary(key_judgements(situation), console)
    if full:
        print_sections(situation_sections(situation), console)


def write_report(situation: Situation, out: Path) -> Path:
    """Write Markdown (.md) or self-contained HTML (anything else) to ``out``: the key judgements, then the tables."""
    sections, summary = situation_sections(situation), key_judgements(situation)
    if out.suffix.lower() in (".md", ".markdown"):
        out.write_text(markdown_sections(sections, title=_title(situation), lead=markdown_summary(summary)),
                       encoding="utf-8")
    else:
        out.write_text(html_sections(sections, title=_title(situation), lead_html=html_summary(summary),
                                     extra_html=figures_html(situation)), encoding="utf-8")
    return out


def figures_html(situation: Situation) -> str:
    """The map of events and the network drawing, as inline SVG (no script, no external file)."""
    picture = situation.picture
    if picture is None:
        return ""
    drawn = {e.place.name for e in picture.located_events}
    marks = [{"lat": row["lat"], "lon": row["lon"], "label": "" if row["place"] in drawn else row["place"],
              "title": f"{row['date']} {row['place']}: {row['from']} → {row['to']}. {row['sentence']}"}
             for row in picture.changed_hands if row["lat"] is not None and row["lon"] is not None]
    return "\n".join([
        "<h2>Map of events</h2>",
        ("<p class='note'>Circles: fused events up to the report date (area grows with deaths; hover for the "
         f"evidence). Squares: places that changed hands in the period. {_off_map(picture.off_map)}</p>"),
        event_map(picture.located_events, marks=marks),
        "<h2>Actor network</h2>",
        ("<p class='note'>Green: backs; red: fights; blue: allied or cooperates; grey: member of; "
         "orange dashed: criticizes. Line width grows with evidence.</p>"),
        network_drawing(picture.edges, picture.book),
    ])


def _off_map(count: int) -> str:
    return f"{count} located event(s) far from the fighting (meetings abroad...) are not drawn." if count else ""


def report_for(store: Store, *, as_of: dt.date | None = None, region: str | None = None) -> Situation:
    return build_situation(store, as_of=as_of, region=region)
