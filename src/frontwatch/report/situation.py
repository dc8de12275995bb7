"""The situation as of a date: what the store says, gathered for every report format.

Only asserted and attributed facts count here; hedged, hypothetical and negated
claims are listed apart, labelled, so they are never read as facts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from frontwatch.records import PLAIN_FACT_CERTAINTIES
from frontwatch.report.picture import PERIOD_DAYS, Picture, build_picture, picture_end
from frontwatch.store import Store

FACTS = list(PLAIN_FACT_CERTAINTIES)


@dataclass
class Situation:
    as_of: dt.date | None
    region: str | None
    articles: dict[str, Any] = field(default_factory=dict)
    events_by_type: list[dict[str, Any]] = field(default_factory=list)
    top_actors: list[dict[str, Any]] = field(default_factory=list)
    top_places: list[dict[str, Any]] = field(default_factory=list)
    main_events: list[dict[str, Any]] = field(default_factory=list)
    relations: list[dict[str, Any]] = field(default_factory=list)
    control: list[dict[str, Any]] = field(default_factory=list)
    casualties_by_month: list[dict[str, Any]] = field(default_factory=list)
    uncertain: list[dict[str, Any]] = field(default_factory=list)
    failures: list[dict[str, Any]] = field(default_factory=list)
    picture: Picture | None = None  # the fused view: belligerents, fused events, control, alliances


def _scope(as_of: dt.date | None, region: str | None, alias: str = "e") -> tuple[str, list[Any]]:
    """WHERE clause limiting facts to the date and region asked for."""
    clauses = [f"{alias}.certainty IN (SELECT unnest(?))"]
    params: list[Any] = [FACTS]
    if as_of:
        clauses.append(f"({alias}.date IS NULL OR {alias}.date <= ?)")
        params.append(as_of)
    if region:
        clauses.append("(p.admin1 ILIKE ? OR p.country ILIKE ? OR p.name ILIKE ?)")
        params += [region, region, region]
    return " AND ".join(clauses), params


def build_situation(store: Store, *, as_of: dt.date | None = None, region: str | None = None, top: int = 10,
                    days: int = PERIOD_DAYS) -> Situation:
    """Gather the figures every report shows; ``days`` is the period before ``as_of`` for main events."""
    where, params = _scope(as_of, region)
    events_from = f"events e LEFT JOIN places p ON p.id = e.place_id WHERE {where}"
    situation = Situation(as_of=as_of, region=region)
    situation.articles = store.query(
        """SELECT count(*) AS total, count(*) FILTER (WHERE status = 'error') AS errors,
                  count(published) AS dated, min(published) AS first, max(published) AS last
           FROM articles"""
    )[0]
    situation.articles["ingest_failures"] = store.scalar("SELECT count(*) FROM ingest_failures")
    situation.events_by_type = store.query(
        f"SELECT e.type, count(*) AS events, sum(e.killed) AS killed FROM {events_from} GROUP BY 1 ORDER BY 2 DESC",
        params,
    )
    situation.top_actors = _top_actors(store, events_from, params, top)
    situation.top_places = store.query(
        f"""SELECT p.name, p.admin1, p.country, count(*) AS events, sum(e.killed) AS killed
            FROM {events_from} AND p.id IS NOT NULL GROUP BY ALL ORDER BY events DESC LIMIT ?""",
        [*params, top],
    )
    situation.main_events = _main_events(store, events_from, params, top)
    situation.casualties_by_month = store.query(
        f"""SELECT strftime(date_trunc('month', e.date), '%Y-%m') AS month, e.source_actor AS actor,
                   sum(e.killed) AS killed, sum(e.civilians) AS civilians, count(*) AS events
            FROM {events_from} AND e.killed IS NOT NULL AND e.date IS NOT NULL
            GROUP BY ALL ORDER BY month, killed DESC""",
        params,
    )
    situation.relations = _relations(store, as_of, top)
    situation.control = _control(store, as_of, region, top)
    situation.uncertain = store.query(
        """SELECT 'event' AS record, type AS kind, certainty, certainty_cue, sentence FROM events
           WHERE certainty NOT IN (SELECT unnest(?))
           UNION ALL SELECT 'relation', kind, certainty, certainty_cue, sentence FROM relations
           WHERE certainty NOT IN (SELECT unnest(?))
           UNION ALL SELECT 'control change', kind, certainty, certainty_cue, sentence FROM control_changes
           WHERE certainty NOT IN (SELECT unnest(?)) LIMIT ?""",
        [FACTS, FACTS, FACTS, top],
    )
    situation.failures = store.query("SELECT origin, reason FROM ingest_failures LIMIT ?", [top])
    situation.picture = fused_picture(store, as_of=as_of, region=region, days=days, top=max(top, 15))
    return situation


def fused_picture(store: Store, *, as_of: dt.date | None, region: str | None, days: int, top: int) -> Picture:
    """Fuse events, read the network and control timelines now, and draw the picture from them."""
    from frontwatch.fusion import (
        control_timelines,
        fuse_events,
        load_book,
        network_snapshot,
        network_ties,
    )

    book = load_book(store)
    fused, ties = fuse_events(store, book=book), network_ties(store)
    end = picture_end(fused, ties, as_of)
    return build_picture(fused, ties, network_snapshot(store, end), control_timelines(store, book=book), book,
                         end=end, region=region, days=days, top=top)


def _top_actors(store: Store, events_from: str, params: list[Any], top: int) -> list[dict[str, Any]]:
    return store.query(
        f"""WITH involved AS (
                SELECT e.source_actor AS id, 1 AS as_source FROM {events_from}
                UNION ALL SELECT e.target_actor, 0 FROM {events_from})
            SELECT i.id, coalesce(a.name, i.id) AS name, a.type, a.country, count(*) AS events,
                   sum(as_source) AS as_source
            FROM involved i LEFT JOIN actors a ON a.id = i.id
            WHERE i.id <> '' GROUP BY ALL ORDER BY events DESC LIMIT ?""",
        [*params, *params, top],
    )


def _main_events(store: Store, events_from: str, params: list[Any], top: int) -> list[dict[str, Any]]:
    return store.query(
        f"""SELECT e.date, e.type, e.mode, e.source_actor, e.target_actor, coalesce(p.name, e.place_text) AS place,
                   p.admin1, e.killed, e.certainty, e.sentence
            FROM {events_from} AND NOT coalesce(e.background, FALSE)
            ORDER BY coalesce(e.killed, 0) DESC, e.date DESC NULLS LAST LIMIT ?""",
        [*params, top],
    )


def _relations(store: Store, as_of: dt.date | None, top: int) -> list[dict[str, Any]]:
    return store.query(
        """SELECT kind, source_actor, target_actor, count(*) AS evidence, min(date) AS first, max(date) AS last
           FROM relations WHERE certainty IN (SELECT unnest(?)) AND (? IS NULL OR date IS NULL OR date <= ?)
             AND source_actor <> '' AND target_actor <> ''
           GROUP BY ALL ORDER BY evidence DESC LIMIT ?""",
        [FACTS, as_of, as_of, top],
    )


def _control(store: Store, as_of: dt.date | None, region: str | None, top: int) -> list[dict[str, Any]]:
    return store.query(
        """SELECT c.date, coalesce(p.name, c.place_text) AS place, p.admin1, c.kind,
                  c.new_controller, c.previous_controller, c.certainty, c.sentence
           FROM control_changes c LEFT JOIN places p ON p.id = c.place_id
           WHERE c.certainty IN (SELECT unnest(?)) AND (? IS NULL OR c.date IS NULL OR c.date <= ?)
             AND (? IS NULL OR p.admin1 ILIKE ? OR p.name ILIKE ?)
           ORDER BY c.date DESC NULLS LAST LIMIT ?""",
        [FACTS, as_of, as_of, region, region, region, top],
    )
