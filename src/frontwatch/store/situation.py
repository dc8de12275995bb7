"""The figures of a situation report: articles, events by type, the busiest actors and places,
the gravest events, casualties by month, relations and control as of a date and for a region,
the totals of fused events, and the claims kept apart. Only asserted and attributed facts count,
except in :func:`select_uncertain` and :func:`count_uncertain`, which count the others. Bound
parameters only."""

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

    def fused_news(self, since: dt.date | None = None, until: dt.date | None = None) -> tuple[str, list[Any]]:
        """CTEs ending in ``news``: stored fused events that are dated, in the scope, not only ever
        recounted as background (a war's toll), and touching [since, until]; each with the list of
        its ``articles``."""
        clauses: list[str] = ["f.date_start IS NOT NULL"]
        params: list[Any] = []
        for clause, value in (("f.date_start <= ?", self.as_of), ("f.date_end >= ?", since),
                              ("f.date_start <= ?", until)):
            if value:
                clauses.append(clause)
                params.append(value)
        if self.region:
            clauses.append("(f.admin1 ILIKE ? OR f.country ILIKE ? OR f.place_name ILIKE ?)")
            params += [self.region, self.region, self.region]
        return _FUSED_NEWS.format(where=" AND ".join(clauses)), params


# A fused event is background when every report of it is; its reports' events give that.
_FUSED_NEWS = """WITH members AS (
        SELECT m.fused_id, list(DISTINCT m.article_id) AS articles,
               bool_and(coalesce(e.background, FALSE)) AS background
        FROM fused_event_members m LEFT JOIN events e ON e.id = m.event_id AND e.article_id = m.article_id
        GROUP BY m.fused_id),
    news AS (SELECT f.*, m.articles FROM fused_events f JOIN members m ON m.fused_id = f.id
             WHERE NOT m.background AND {where})"""
# Deaths as the lowest and highest report of each fused event, each event counted once.
_FUSED_TOTALS = """count(*) AS events, sum(killed_min) AS killed_low, sum(killed_max) AS killed_high,
    sum(civilians_max) AS civilians_high, sum(n_reports) AS reports,
    len(list_distinct(flatten(list(articles)))) AS articles"""


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


def select_fused_totals_by_type(store: Store, scope: SituationScope) -> list[dict[str, Any]]:
    """Fused, dated news events and their dead per type, with the reports and articles behind them."""
    news, params = scope.fused_news()
    return store.query(f"{news} SELECT type, {_FUSED_TOTALS} FROM news GROUP BY type "
                       "ORDER BY killed_high DESC NULLS LAST, events DESC, type", params)


def select_fused_totals_by_place(store: Store, scope: SituationScope, *, limit: int) -> list[dict[str, Any]]:
    """The places with most dead in fused, dated news events (placed events only)."""
    news, params = scope.fused_news()
    return store.query(
        f"""{news} SELECT place_name AS place, admin1, country, {_FUSED_TOTALS} FROM news WHERE place_name <> ''
            GROUP BY ALL ORDER BY killed_high DESC NULLS LAST, events DESC, place LIMIT ?""",
        [*params, limit],
    )


def select_fused_period_totals(store: Store, scope: SituationScope, since: dt.date,
                               until: dt.date) -> dict[str, Any]:
    """The totals of fused, dated news events touching [since, until]."""
    news, params = scope.fused_news(since, until)
    return store.query(f"{news} SELECT {_FUSED_TOTALS} FROM news", params)[0]


def count_uncertain(store: Store) -> int:
    """Hedged, hypothetical and negated events, relations and control changes stored."""
    return int(store.scalar(
        """SELECT (SELECT count(*) FROM events WHERE certainty NOT IN (SELECT unnest(?)))
                + (SELECT count(*) FROM relations WHERE certainty NOT IN (SELECT unnest(?)))
                + (SELECT count(*) FROM control_changes WHERE certainty NOT IN (SELECT unnest(?)))""",
        [FACTS, FACTS, FACTS],
    ))
