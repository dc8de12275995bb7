"""A Situation as titled tables, so every output format renders the same content."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from frontwatch.report.situation import Situation


@dataclass
class Section:
    title: str
    columns: list[str]
    rows: list[list[Any]]
    note: str = ""


def _table(title: str, rows: list[dict[str, Any]], columns: list[str], note: str = "") -> Section:
    return Section(title, columns, [[row.get(c) for c in columns] for row in rows], note)


def situation_sections(s: Situation) -> list[Section]:
    a = s.articles
    overview = Section(
        "Corpus",
        ["articles", "processing errors", "ingest failures", "dated", "first", "last"],
        [[a.get("total"), a.get("errors"), a.get("ingest_failures"), a.get("dated"), a.get("first"), a.get("last")]],
    )
    return [
        overview,
        _table("Events by type", s.events_by_type, ["type", "events", "killed"]),
        _table("Top actors", s.top_actors, ["id", "name", "type", "country", "events", "as_source"]),
        _table("Top places", s.top_places, ["name", "admin1", "country", "events", "killed"]),
        _table("Main events", s.main_events,
               ["date", "type", "mode", "source_actor", "target_actor", "place", "admin1", "killed", "certainty", "sentence"]),
        _table("Relations between actors", s.relations, ["kind", "source_actor", "target_actor", "evidence", "first", "last"]),
        _table("Territorial control", s.control,
               ["date", "place", "admin1", "kind", "new_controller", "previous_controller", "certainty", "sentence"]),
        _table("Casualties by month and actor", s.casualties_by_month, ["month", "actor", "killed", "civilians", "events"]),
        _table("Unconfirmed claims (hedged, hypothetical, negated)", s.uncertain,
               ["record", "kind", "certainty", "certainty_cue", "sentence"],
               note="Not counted above: shown apart so they are never read as facts."),
        _table("Ingest failures", s.failures, ["origin", "reason"]),
    ]
