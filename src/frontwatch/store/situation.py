"""The figures of a situation report: articles, events by type, the busiest actors and places,
the gravest events, casualties by month, relations and control as of a date and for a region,
and the claims kept apart. Only asserted and attributed facts count, except in
:func:`select_uncertain`, which lists the others. Bound parameters only."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from frontwatch.records import PLAIN_FACT_CERTAINTIES
from frontwatch.store.db import Store

FACTS = list(PLAIN_FACT_CERTAINTIES)


@dataclass(frozen=True)
class SituationScope:
    """Facts dated up to ``as_of`` (undated ones kept) in ``region`` (governorate, country or place)."""

    as_of: dt.date | None = None
    region: str | None = None

    def events_from(self) -> tuple[str, list[Any]]:
        """``events e`` with its place ``p``, limited to the scope, and the parameters."""
        clauses = ["e.certainty IN (SELECT unnest(?))"]
        params: list[Any] = [FACTS]
        if self.as_of:
            clauses.append("(e.date IS NULL OR e.date <= ?)")
            params.append(self.as_of)
        if self.region:
            clauses.append("(p.admin1 ILIKE ? OR p.country ILIKE ? OR p.name ILIKE ?)")
            params += [self.region, self.region, self.region]
        return f"events e LEFT JOIN places p ON p.id = e.place_id WHERE {' AND '.join(clauses)}", params


def count_articles(store: Store) -> dict[str, Any]:
    """Articles stored, failed in processing, dated; the first and last publication dates."""
    return store.query(
        """SELECT count(*) AS total, count(*) FILTER (WHERE status = 'error') AS errors,
                  count(published) AS dated, min(published) AS first, max(published) AS last
           FROM articles"""
    )[0]


def count_ingest_failures(store: Store) -> int:
    return int(store.scalar("SELECT count(*) FROM ingest_failures"))


def select_failures(store: Store, *, limit: int) -> list[dict[str, Any]]:
    return store.query("SELECT origin, reason FROM ingest_failures LIMIT ?", [limit])


def select_events_by_type(store: Store, scope: SituationScope) -> list[dict[str, Any]]:
    events_from, params = scope.events_from()
    return store.query(
        f"SELECT e.type, count(*) AS events, sum(e.killed) AS killed FROM {events_from} GROUP BY 1 ORDER BY 2 DESC",
        params,
    )


def select_top_actors(store: Store, scope: SituationScope, *, limit: int) -> list[dict[str, Any]]:
    """Actors by the events they take part in (and how many as the source)."""
    events_from, params = scope.events_from()
    return store.query(
        f"""WITH involved AS (
                SELECT e.source_actor AS id, 1 AS as_source FROM {events_from}
                UNION ALL SELECT e.target_actor, 0 FROM {events_from})
            SELECT i.id, coalesce(a.name, i.id) AS name, a.type, a.country, count(*) AS events,
                   sum(as_source) AS as_source
            FROM involved i LEFT JOIN actors a ON a.id = i.id
            WHERE i.id <> '' GROUP BY ALL ORDER BY events DESC LIMIT ?""",
        [*params, *params, limit],
    )


def select_top_places(store: Store, scope: SituationScope, *, limit: int) -> list[dict[str, Any]]:
    events_from, params = scope.events_from()
    return store.query(
        f"""SELECT p.name, p.admin1, p.country, count(*) AS events, sum(e.killed) AS killed
            FROM {events_from} AND p.id IS NOT NULL GROUP BY ALL ORDER BY events DESC LIMIT ?""",
        [*params, limit],
    )


def select_main_events(store: Store, scope: SituationScope, *, limit: int) -> list[dict[str, Any]]:
    """The deadliest events of the day's news (background recounts left out), latest first among equals."""
    events_from, params = scope.events_from()
    return store.query(
        f"""SELECT e.date, e.type, e.mode, e.source_actor, e.target_actor, coalesce(p.name, e.place_text) AS place,
                   p.admin1, e.killed, e.certainty, e.sentence
            FROM {events_from} AND NOT coalesce(e.background, FALSE)
            ORDER BY coalesce(e.killed, 0) DESC, e.date DESC NULLS LAST LIMIT ?""",
        [*params, limit],
    )


def select_casualties_by_month(store: Store, scope: SituationScope) -> list[dict[str, Any]]:
    events_from, params = scope.events_from()
    return store.query(
        f"""SELECT strftime(date_trunc('month', e.date), '%Y-%m') AS month, e.source_actor AS actor,
                   sum(e.killed) AS killed, sum(e.civilians) AS civilians, count(*) AS events
            FROM {events_from} AND e.killed IS NOT NULL AND e.date IS NOT NULL
            GROUP BY ALL ORDER BY month, killed DESC""",
        params,
    )


def select_top_relations(store: Store, *, as_of: dt.date | None, limit: int) -> list[dict[str, Any]]:
    """Stated relations between two actors, most evidenced first, with their first and last dates."""
    return store.query(
        """SELECT kind, source_actor, target_actor, count(*) AS evidence, min(date) AS first, max(date) AS last
           FROM relations WHERE certainty IN (SELECT unnest(?)) AND (? IS NULL OR date IS NULL OR date <= ?)
             AND source_actor <> '' AND target_actor <> ''
           GROUP BY ALL ORDER BY evidence DESC LIMIT ?""",
        [FACTS, as_of, as_of, limit],
    )


def select_latest_control(store: Store, *, as_of: dt.date | None, region: str | None,
                          limit: int) -> list[dict[str, Any]]:
    """The latest control changes up to ``as_of`` in ``region``."""
    return store.query(
        """SELECT c.date, coalesce(p.name, c.place_text) AS place, p.admin1, c.kind,
                  c.new_controller, c.previous_controller, c.certainty, c.sentence
           FROM control_changes c LEFT JOIN places p ON p.id = c.place_id
           WHERE c.certainty IN (SELECT unnest(?)) AND (? IS NULL OR c.date IS NULL OR c.date <= ?)
             AND (? IS NULL OR p.admin1 ILIKE ? OR p.name ILIKE ?)
           ORDER BY c.date DESC NULLS LAST LIMIT ?""",
        [FACTS, as_of, as_of, region, region, region, limit],
    )


def select_uncertain(store: Store, *, limit: int) -> list[dict[str, Any]]:
    """Hedged, hypothetical and negated events, relations and control changes, with their cue."""
    return store.query(
        """SELECT 'event' AS record, type AS kind, certainty, certainty_cue, sentence FROM events
           WHERE certainty NOT IN (SELECT unnest(?))
           UNION ALL SELECT 'relation', kind, certainty, certainty_cue, sentence FROM relations
           WHERE certainty NOT IN (SELECT unnest(?))
           UNION ALL SELECT 'control change', kind, certainty, certainty_cue, sentence FROM control_changes
           WHERE certainty NOT IN (SELECT unnest(?)) LIMIT ?""",
        [FACTS, FACTS, FACTS, limit],
    )
