"""A Situation as titled tables, so every output format renders the same content.

Every row of the fused sections carries its evidence sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from frontwatch.records import FusedEvent
from frontwatch.report.anchors import (
    BELLIGERENTS,
    CHANGED_HANDS,
    TIE_CHANGES,
    TOTALS_BY_PLACE,
    TOTALS_BY_TYPE,
    actor_anchor,
    event_anchor,
    type_anchor,
)
from frontwatch.report.picture import Picture
from frontwatch.report.situation import Situation, Totals


@dataclass
class Section:
    title: str
    columns: list[str]
    rows: list[list[Any]]
    note: str = ""
    anchor: str = ""  # the section's HTML id, for links from the key judgements
    row_anchors: list[str] = field(default_factory=list)  # one HTML id per row, when rows are linked to


def _table(title: str, rows: list[dict[str, Any]], columns: list[str], note: str = "", anchor: str = "") -> Section:
    return Section(title, columns, [[row.get(c) for c in columns] for row in rows], note, anchor)


def _span(low: int | None, high: int | None) -> str:
    if high is None:
        return ""
    return str(high) if low == high else f"{low}–{high}"


def situation_sections(s: Situation) -> list[Section]:
    a = s.articles
    overview = Section(
        "Corpus",
        ["articles", "processing errors", "ingest failures", "dated", "first", "last"],
        [[a.get("total"), a.get("errors"), a.get("ingest_failures"), a.get("dated"), a.get("first"), a.get("last")]],
    )
    fused = picture_sections(s.picture) if s.picture else _raw_sections(s)
    return [
        overview,
        *fused,
        *totals_sections(s.totals),
        _table("Unconfirmed claims (hedged, hypothetical, negated)", s.uncertain,
               ["record", "kind", "certainty", "certainty_cue", "sentence"],
               note="Not counted above: shown apart so they are never read as facts."),
        _table("Ingest failures", s.failures, ["origin", "reason"]),
    ]


_TOTALS_NOTE = ("Fused, dated events only: an event told by several articles counts once, with the lowest and "
                "highest figure reported; background recounts (a war's toll) and undated events are left out. "
                "reports: the articles' claims behind the events.")


def totals_sections(t: Totals) -> list[Section]:
    columns = ["events", "killed", "civilians", "reports", "articles"]
    by_type = [[r["type"], *_totals_cells(r)] for r in t.by_type]
    by_place = [[r["place"], r["admin1"], r["country"], *_totals_cells(r)] for r in t.by_place]
    return [
        Section("Dead and events by type", ["type", *columns], by_type, _TOTALS_NOTE, TOTALS_BY_TYPE,
                [type_anchor(r["type"]) for r in t.by_type]),
        Section("Places with most dead", ["place", "admin1", "country", *columns], by_place, _TOTALS_NOTE,
                TOTALS_BY_PLACE),
    ]


def _totals_cells(r: dict[str, Any]) -> list[Any]:
    return [r["events"], _span(r["killed_low"], r["killed_high"]), r["civilians_high"], r["reports"], r["articles"]]


def _raw_sections(s: Situation) -> list[Section]:
    return [
        _table("Main events", s.main_events,
               ["date", "type", "mode", "source_actor", "target_actor", "place", "admin1", "killed", "certainty", "sentence"]),
        _table("Relations between actors", s.relations, ["kind", "source_actor", "target_actor", "evidence", "first", "last"]),
    ]


def picture_sections(p: Picture) -> list[Section]:
    period = f"{p.start} – {p.end}" if p.start else "all dates"
    belligerents = _table("Belligerents", p.belligerents,
                          ["name", "type", "region", "backers", "backs", "allies", "enemies", "sentence"],
                          note=f"Backers, allies and enemies from relations and events stated up to {p.end}.",
                          anchor=BELLIGERENTS)
    belligerents.row_anchors = [actor_anchor(r["actor"]) for r in p.belligerents]
    return [
        belligerents,
        Section(f"Main events, {period}", ["date", "type", "mode", "actor1", "actor2", "place", "admin1", "killed",
                                           "sources", "confidence", "contradiction", "sentence"],
                [_event_row(f, p) for f in p.main_events],
                note="Reports of one event from several articles are fused; contradictions are kept, with both values.",
                row_anchors=[event_anchor(f.id) for f in p.main_events]),
        _table("Casualties by actor and month", p.casualties,
               ["month", "actor", "killed_min", "killed_max", "civilians_max", "events", "sentence"],
               note="Each fused event counted once; min and max over its reports."),
        _table(f"Places that changed hands, {period}", p.changed_hands,
               ["date", "place", "admin1", "from", "to", "sources", "conflict", "sentence"], anchor=CHANGED_HANDS),
        _table(f"Control as of {p.end}", p.control_now,
               ["place", "admin1", "controller", "since", "conflict", "sentence"],
               note="Last controller reported; conflicting claims are shown, not resolved."),
        Section(f"New, ended and flipped alliances, {period}", ["change", "kind", "source", "target", "date", "detail", "sentence"],
                [[c.change, c.kind, p.book.name(c.source), p.book.name(c.target), c.date, c.detail, c.sentence]
                 for c in p.alliance_changes], anchor=TIE_CHANGES),
    ]


def _event_row(f: FusedEvent, p: Picture) -> list[Any]:
    date = f"{f.date_start}" if f.date_start == f.date_end else f"{f.date_start} – {f.date_end}"
    return [date, f.type, f.mode, p.book.name(f.source_actor) if f.source_actor else "",
            p.book.name(f.target_actor) if f.target_actor else "", f.place.name or f.place.text, f.place.admin1,
            _span(f.killed_min, f.killed_max), f"{f.n_sources}: {', '.join(f.outlets)}", f.confidence,
            f.contradiction, f.sentence]
