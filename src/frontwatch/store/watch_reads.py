"""Reads behind the live watcher's alerts and its incremental fusion.

Alerts compare a batch of newly stored articles with the picture the other articles give:
every "before" question here leaves the batch's articles out, so the same answer comes
whether it is asked before or after the batch was written (a restart may ask it after).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from frontwatch.records import FusedEvent, Report
from frontwatch.store.db import Store
from frontwatch.store.fused import _REPORTS, FACTS, _report, insert_fused
from frontwatch.store.ties import STORE, TieFilter, tie_tables, ties_sql

_EVIDENCE = """a.title AS article_title, a.url AS article_url, coalesce(trim(a.source), '') AS outlet,
               a.origin AS article_origin"""


def select_batch_control_claims(store: Store, ids: Sequence[str]) -> list[dict[str, Any]]:
    """The batch's factual control claims, with their place and article."""
    return store.query(
        f"""SELECT c.id, c.article_id, c.kind, c.place_text, coalesce(c.place_id, '') AS place_id,
                   coalesce(c.new_controller, '') AS new_controller,
                   coalesce(c.previous_controller, '') AS previous_controller, c.new_controller_text,
                   coalesce(c.date, a.published) AS best_date, c.sentence, c.certainty,
                   coalesce(p.name, c.place_text) AS place_name, coalesce(p.admin1, '') AS admin1,
                   coalesce(p.country, '') AS country, p.latitude, p.longitude, {_EVIDENCE}
            FROM control_changes c JOIN articles a ON a.id = c.article_id LEFT JOIN places p ON p.id = c.place_id
            WHERE c.article_id IN (SELECT unnest(?)) AND c.certainty IN (SELECT unnest(?))
            ORDER BY best_date NULLS LAST, c.article_id, c.sentence_start""", [list(ids), FACTS])


def select_prior_holder(store: Store, claim: dict[str, Any], exclude: Sequence[str]) -> dict[str, Any] | None:
    """The latest factual claim about the claim's place, up to its date, from other articles."""
    rows = store.query(
        """SELECT coalesce(c.new_controller, '') AS controller, c.kind, coalesce(c.date, a.published) AS best_date,
                  c.article_id, c.sentence
           FROM control_changes c JOIN articles a ON a.id = c.article_id
           WHERE (CASE WHEN ? <> '' THEN c.place_id = ? ELSE lower(c.place_text) = lower(?) END)
             AND c.article_id NOT IN (SELECT unnest(?)) AND c.certainty IN (SELECT unnest(?))
             AND (CAST(? AS DATE) IS NULL OR coalesce(c.date, a.published) <= ?)
           ORDER BY best_date DESC NULLS LAST,
                    CASE c.kind WHEN 'capture' THEN 2 WHEN 'withdrawal' THEN 1 ELSE 0 END DESC, c.id
           LIMIT 1""",
        [claim["place_id"], claim["place_id"], claim["place_text"] or "", list(exclude), FACTS,
         claim["best_date"], claim["best_date"]])
    return rows[0] if rows else None


def _ties(store: Store, where: str, params: list[Any], columns: str) -> list[dict[str, Any]]:
    """Factual ties (the network's own SQL, ``store/ties.py``) as ``t``, with their article as ``a``."""
    ties, tie_params = ties_sql(store, tie_tables(), TieFilter(), STORE)
    return store.query(f"{ties} SELECT {columns} FROM ties t JOIN articles a ON a.id = t.article_id "
                       f"WHERE t.fact AND {where}", [*tie_params, *params])


def select_batch_ties(store: Store, ids: Sequence[str], kinds: Sequence[str]) -> list[dict[str, Any]]:
    """The batch's factual ties of these kinds (relations, and events that make ties)."""
    rows = _ties(store, "t.article_id IN (SELECT unnest(?)) AND t.kind IN (SELECT unnest(?))",
                 [list(ids), list(kinds)],
                 f"t.kind, t.source, t.target, t.date, t.article_id, t.sentence, t.sentence_start, {_EVIDENCE}")
    return sorted(rows, key=lambda r: (r["date"] or dt.date.min, r["article_id"], r["sentence_start"] or 0))


def select_prior_ties(store: Store, actors: Iterable[str], kinds: Sequence[str],
                      exclude: Sequence[str]) -> list[dict[str, Any]]:
    """Other articles' factual ties among these actors: kind, ends, latest date."""
    actors = sorted(set(actors))
    return _ties(
        store,
        """t.source IN (SELECT unnest(?)) AND t.target IN (SELECT unnest(?)) AND t.kind IN (SELECT unnest(?))
           AND t.article_id NOT IN (SELECT unnest(?)) GROUP BY t.kind, t.source, t.target""",
        [actors, actors, list(kinds), list(exclude)], "t.kind, t.source, t.target, max(t.date) AS last")


def latest_tie_date(store: Store, exclude: Sequence[str] = ()) -> dt.date | None:
    rows = _ties(store, "t.article_id NOT IN (SELECT unnest(?))", [list(exclude)], "max(t.date) AS last")
    last = rows[0]["last"] if rows else None
    return last if isinstance(last, dt.date) else None


def select_lapsed_ties(store: Store, kinds: Sequence[str], after: dt.date, upto: dt.date) -> list[dict[str, Any]]:
    """Ties whose latest factual evidence is dated in (after, upto]: with no evidence since, they lapse."""
    return _ties(
        store, "t.kind IN (SELECT unnest(?)) GROUP BY t.kind, t.source, t.target "
               "HAVING max(t.date) > ? AND max(t.date) <= ?",
        [list(kinds), after, upto],
        "t.kind, t.source, t.target, max(t.date) AS last, arg_max(t.sentence, t.date) AS sentence, "
        "arg_max(t.article_id, t.date) AS article_id, arg_max(a.url, t.date) AS article_url, "
        "arg_max(a.title, t.date) AS article_title, arg_max(a.origin, t.date) AS article_origin")


def select_batch_casualties(store: Store, ids: Sequence[str], min_killed: int) -> list[dict[str, Any]]:
    """The batch's factual events with at least ``min_killed`` dead, with the fused event holding them."""
    return store.query(
        f"""SELECT e.id, e.article_id, e.type, e.killed, e.civilians, coalesce(e.date, a.published) AS best_date,
                   e.sentence, e.place_text, f.id AS fused_id, coalesce(f.place_name, e.place_text) AS place_name,
                   f.date_start, f.killed_min, f.killed_max, f.n_sources, coalesce(f.admin1, '') AS admin1,
                   coalesce(f.country, '') AS country, {_EVIDENCE}
            FROM events e JOIN articles a ON a.id = e.article_id
            LEFT JOIN fused_event_members m ON m.event_id = e.id AND m.article_id = e.article_id
            LEFT JOIN fused_events f ON f.id = m.fused_id
            WHERE e.article_id IN (SELECT unnest(?)) AND e.certainty IN (SELECT unnest(?)) AND e.killed >= ?
            ORDER BY best_date NULLS LAST, e.article_id, e.sentence_start""", [list(ids), FACTS, min_killed])


_ACTOR_USES = """SELECT source_actor AS actor, article_id, sentence FROM events
                 UNION ALL SELECT target_actor, article_id, sentence FROM events
                 UNION ALL SELECT source_actor, article_id, sentence FROM relations
                 UNION ALL SELECT target_actor, article_id, sentence FROM relations
                 UNION ALL SELECT new_controller, article_id, sentence FROM control_changes"""


def select_first_seen_actors(store: Store, ids: Sequence[str]) -> list[dict[str, Any]]:
    """Actors the batch names that no other article does, with one sentence naming each."""
    return store.query(
        f"""WITH uses AS ({_ACTOR_USES}),
                 here AS (SELECT actor, min(article_id) AS article_id, min(sentence) AS sentence FROM uses
                          WHERE article_id IN (SELECT unnest(?)) AND coalesce(actor, '') <> '' GROUP BY actor),
                 elsewhere AS (SELECT DISTINCT actor FROM uses
                               WHERE article_id NOT IN (SELECT unnest(?)) AND actor IN (SELECT actor FROM here))
            SELECT h.actor, h.article_id, h.sentence, coalesce(k.name, h.actor) AS name, coalesce(k.type, '') AS type,
                   {_EVIDENCE}
            FROM here h JOIN articles a ON a.id = h.article_id LEFT JOIN actors k ON k.id = h.actor
            WHERE h.actor NOT IN (SELECT actor FROM elsewhere) ORDER BY h.actor""", [list(ids), list(ids)])


def select_batch_contradictions(store: Store, ids: Sequence[str]) -> list[dict[str, Any]]:
    """Fused events holding one of the batch's reports whose reports contradict each other."""
    return store.query(
        f"""SELECT DISTINCT f.id AS fused_id, f.type, f.place_name, f.date_start, f.contradiction, f.n_sources,
                   coalesce(f.admin1, '') AS admin1, coalesce(f.country, '') AS country, e.sentence, e.article_id,
                   {_EVIDENCE}
            FROM fused_events f JOIN fused_event_members m ON m.fused_id = f.id
            JOIN events e ON e.id = m.event_id AND e.article_id = m.article_id JOIN articles a ON a.id = e.article_id
            WHERE m.article_id IN (SELECT unnest(?)) AND coalesce(f.contradiction, '') <> ''
            ORDER BY f.id, e.article_id""", [list(ids)])


# --- incremental fusion -------------------------------------------------------------------

# A report can only join a fused event of its own type whose places agree with its own (see
# fuse.events.places_agree: 25 km, a governorate for areas, the same text when unresolved) and
# whose dates' windows overlap its own (fuse.events.date_window; "year" dates never fuse). So
# re-fusing a batch reads only such neighbours: the same type, overlapping date windows, and the
# same governorate, a box of about 40 km, or the same unresolved place text.
def _window(alias: str, bound: str) -> str:
    day = f"coalesce({alias}.date, {alias}_a.published)"
    precision = f"CASE WHEN {alias}.date IS NULL THEN 'day' ELSE coalesce({alias}.date_precision, 'day') END"
    if bound == "lo":
        return (f"CASE {precision} WHEN 'week' THEN {day} - 6 WHEN 'month' THEN CAST(date_trunc('month', {day}) AS DATE)"
                f" WHEN 'year' THEN NULL ELSE {day} - 1 END")
    return (f"CASE {precision} WHEN 'week' THEN {day} + 6 WHEN 'month' THEN last_day({day})"
            f" WHEN 'year' THEN NULL ELSE {day} + 1 END")


_NEIGHBOURS = f"""WITH batch AS (
        SELECT DISTINCT upper(b.type) AS type, coalesce(b.place_id, '') AS place_id,
               lower(coalesce(b.place_text, '')) AS text, bp.country, bp.admin1, bp.latitude AS lat,
               bp.longitude AS lon, {_window("b", "lo")} AS lo, {_window("b", "hi")} AS hi
        FROM events b JOIN articles b_a ON b_a.id = b.article_id LEFT JOIN places bp ON bp.id = b.place_id
        WHERE b.article_id IN (SELECT unnest(?)) AND b.certainty IN (SELECT unnest(?)))"""
_NEAR_BATCH = f"""EXISTS (SELECT 1 FROM batch b WHERE b.type = upper(e.type)
        AND {_window("e", "lo")} <= b.hi AND b.lo <= {_window("e", "hi")} AND (
        (b.place_id <> '' AND coalesce(e.place_id, '') <> '' AND (
            (b.admin1 = p.admin1 AND b.country = p.country)
            OR (abs(b.lat - p.latitude) <= 0.4 AND abs(b.lon - p.longitude) <= 0.5)))
        OR (b.place_id = '' AND coalesce(e.place_id, '') = '' AND b.text = lower(coalesce(e.place_text, '')))))"""


def read_window_reports(store: Store, ids: Sequence[str]) -> list[Report]:
    """The batch's own factual reports, the neighbours they could be fused with (see
    ``_NEIGHBOURS``), and every other report of a fused event any of them belongs to: all a
    re-fusion around the batch may regroup."""
    rows = store.query(
        f"""{_NEIGHBOURS},
            near AS (SELECT e.id, e.article_id FROM events e JOIN articles e_a ON e_a.id = e.article_id
                     LEFT JOIN places p ON p.id = e.place_id
                     WHERE e.certainty IN (SELECT unnest(?)) AND (e.article_id IN (SELECT unnest(?)) OR {_NEAR_BATCH})),
            family AS (SELECT m2.event_id AS id, m2.article_id FROM near
                       JOIN fused_event_members m1 ON m1.event_id = near.id AND m1.article_id = near.article_id
                       JOIN fused_event_members m2 ON m2.fused_id = m1.fused_id
                       UNION SELECT id, article_id FROM near)
            {_REPORTS} WHERE e.certainty IN (SELECT unnest(?))
              AND (e.id, e.article_id) IN (SELECT (id, article_id) FROM family)""",
        [list(ids), FACTS, FACTS, list(ids), FACTS])
    return [_report(r) for r in rows]


def fused_ids_of_reports(store: Store, reports: Iterable[Report]) -> set[str]:
    keys = [(r.event_id, r.article_id) for r in reports]
    if not keys:
        return set()
    rows = store.con.execute(
        """SELECT DISTINCT fused_id FROM fused_event_members
           WHERE (event_id, article_id) IN (SELECT (unnest(?), unnest(?)))""",
        [[k[0] for k in keys], [k[1] for k in keys]]).fetchall()
    return {str(r[0]) for r in rows}


def replace_fused_events(store: Store, remove: Iterable[str], fused: Iterable[FusedEvent],
                         *, chunk_events: int = 2000) -> int:
    """Swap some fused events for others in one transaction; return how many were written."""
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    remove = sorted(set(remove))
    store.con.execute("BEGIN")
    try:
        store.con.execute("DELETE FROM fused_event_members WHERE fused_id IN (SELECT unnest(?))", [remove])
        store.con.execute("DELETE FROM fused_events WHERE id IN (SELECT unnest(?))", [remove])
        written = insert_fused(store, fused, now, chunk_events)
        store.con.execute("COMMIT")
    except BaseException:
        store.con.execute("ROLLBACK")
        raise
    return written


def select_actor_labels(store: Store, ids: Iterable[str]) -> dict[str, list[str]]:
    """Each actor's id, name and aliases, for matching the names a rules file gives."""
    rows = store.query("SELECT id, name, aliases FROM actors WHERE id IN (SELECT unnest(?))", [sorted(set(ids))])
    return {r["id"]: [r["id"], r["name"] or "", *(r["aliases"] or [])] for r in rows}
