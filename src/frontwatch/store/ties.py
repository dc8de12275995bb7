"""The actor network aggregated in DuckDB, the one way it is built: every tie, edges as of a
date (all, or one actor's) and the latest evidence of chosen edges, without reading every
tie into Python.

The rules come from the event-type table (:mod:`frontwatch.eventtypes`), passed to the SQL
as :class:`TieTables` (which event types evidence which tie, and with what score): a tie
comes from a relation, or from an event between two different actors whose type makes one;
civilians make no tie; the two actors of a symmetric kind are put in order; a tie is dated
by its own date, else by its article's. Only asserted and attributed claims make an edge;
other claims are counted on it as ``unconfirmed``. Every value is a bound parameter; table
names come from :class:`TieSource`, fixed in code.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from frontwatch.eventtypes import (
    event_score,
    event_tie,
    event_type_table,
    named_modes,
    relation_weight,
)
from frontwatch.records import PLAIN_FACT_CERTAINTIES, Edge, Tie
from frontwatch.store.db import Store

NO_DATE = "DATE '0001-01-01'"  # sorts an undated tie before every dated one
SYMMETRIC = frozenset({"fights", "allied", "cooperates"})  # kinds whose two actors are put in order


@dataclass(frozen=True)
class TieTables:
    """Per event type: its tie kind and score; scores of (type, mode) pairs that differ from
    their type's; the weight of each relation kind (0 for others); the symmetric kinds."""

    kinds: Mapping[str, str]
    type_scores: Mapping[str, float]
    mode_scores: Mapping[tuple[str, str], float]
    relation_weights: Mapping[str, float]
    symmetric: frozenset[str]


@dataclass(frozen=True)
class TieSource:
    """Where tie rows are read from. ``undated_join`` brings the article (alias ``a``) of a
    row with no date of its own; the benchmark points these at its flat tables."""

    relations: str = "relations"
    events: str = "events"
    undated_join: str = "JOIN articles a ON a.id = {alias}.article_id"
    published: str = "a.published"  # may name {alias}, the table's alias


@dataclass(frozen=True)
class TieFilter:
    as_of: dt.date | None = None  # ties dated up to this day (undated ones left out)
    since: dt.date | None = None  # ties dated from this day
    actor: str | None = None  # ties with this actor at either end
    keys: Sequence[tuple[str, str, str]] = field(default=())  # only these (kind, source, target)
    claimant: str | None = None  # only claims attributed to this speaker (actor id or name)


STORE = TieSource()


@lru_cache(maxsize=1)
def tie_tables() -> TieTables:
    """``event_tie``, ``event_score`` and ``relation_weight`` as tables DuckDB can join.

    A score depends on the type and, for a few modes, on the mode; every other mode scores
    as the type does (``event_score(type, "")``), so listing the modes the table names is
    enough."""
    table = event_type_table()
    kinds = {name.upper(): event_tie(name) for name in table["types"] if event_tie(name)}
    type_scores = {name: event_score(name, "") for name in kinds}
    mode_scores = {(name, mode): event_score(name, mode) for name in kinds for mode in named_modes(name)
                   if event_score(name, mode) != type_scores[name]}
    weights = {kind: relation_weight(kind) for kind in table["relations"]}
    return TieTables(kinds, type_scores, mode_scores, weights, SYMMETRIC)


def read_ties(store: Store, *, source: TieSource = STORE) -> list[Tie]:
    """Every tie, facts and other claims: relations first, then events, each in stored order."""
    ties, params = ties_sql(store, tie_tables(), TieFilter(), source)
    rows = store.con.execute(
        f"""{ties}
            SELECT kind, source, target, date, score, origin, record_id, article_id, certainty, sentence,
                   claimant
            FROM ties ORDER BY origin <> 'relation', row_order""",
        params,
    ).fetchall()
    return [Tie(*row) for row in rows]


def read_edges(store: Store, as_of: dt.date | None = None, *, since: dt.date | None = None,
               actor: str | None = None, limit: int | None = None, sentences: bool = True,
               claimant: str | None = None) -> list[Edge]:
    """The network's edges up to ``as_of`` (of ties dated from ``since``, with ``actor`` at one
    end, claimed by ``claimant``), best evidenced first; see :func:`select_edges`."""
    flt = TieFilter(as_of=as_of, since=since, actor=actor, claimant=claimant)
    rows = select_edges(store, tie_tables(), flt, limit=limit, sentences=sentences)
    return [Edge(**row) for row in rows]


def select_edges(store: Store, tables: TieTables, flt: TieFilter = TieFilter(), *, limit: int | None = None,
                 sentences: bool = True, source: TieSource = STORE) -> list[dict[str, Any]]:
    """Edges (kind, source, target, evidence, articles, first, last, score, sentence,
    unconfirmed), best evidenced first: one per (kind, source, target) with a fact tie;
    ``evidence`` counts its fact ties, ``articles`` their articles, ``first`` and ``last``
    their dates, ``score`` their summed scores (rounded to 2 places), ``sentence`` the
    latest (by date, then record id) and ``unconfirmed`` the other claims. Without
    ``sentences`` each edge's latest sentence is left empty: picking it is the costliest
    part, and select_edge_evidence gives it first for the edges shown."""
    if limit is not None and not flt.keys and not flt.actor:
        # Which edges make the page needs only their fact counts; the dearer aggregates
        # (distinct articles, the latest sentence) are then computed for those edges alone.
        # (One actor's ties are few: aggregating them all at once is cheaper than two passes.)
        flt = replace(flt, keys=_top_keys(store, tables, flt, limit, source))
        if not flt.keys:
            return []
    ties, params = ties_sql(store, tables, flt, source)
    latest = f"arg_max(sentence, (coalesce(date, {NO_DATE}), record_id)) FILTER (WHERE fact)" if sentences else "''"
    sql = f"""{ties}
        SELECT kind, source, target, count(*) FILTER (WHERE fact) AS evidence,
               count(DISTINCT article_id) FILTER (WHERE fact) AS articles,
               min(date) FILTER (WHERE fact) AS first, max(date) FILTER (WHERE fact) AS last,
               round(coalesce(sum(score) FILTER (WHERE fact), 0), 2) AS score, {latest} AS sentence,
               count(*) FILTER (WHERE NOT fact) AS unconfirmed,
               coalesce(list_sort(list(DISTINCT claimant) FILTER (WHERE fact AND claimant <> '')),
                        []::VARCHAR[]) AS claimants,
               count(*) FILTER (WHERE fact AND claimant = '') AS own_voice
        FROM ties GROUP BY kind, source, target HAVING count(*) FILTER (WHERE fact) > 0
        ORDER BY evidence DESC, kind, source, target LIMIT ?"""
    return store.query(sql, [*params, limit])


def _top_keys(store: Store, tables: TieTables, flt: TieFilter, limit: int,
              source: TieSource) -> list[tuple[str, str, str]]:
    """The (kind, source, target) of the ``limit`` edges with the most fact ties, in edge order."""
    ties, params = ties_sql(store, tables, flt, source)
    sql = f"""{ties}
        SELECT kind, source, target FROM ties GROUP BY kind, source, target
        HAVING count(*) FILTER (WHERE fact) > 0
        ORDER BY count(*) FILTER (WHERE fact) DESC, kind, source, target LIMIT ?"""
    return [tuple(row) for row in store.con.execute(sql, [*params, limit]).fetchall()]


def select_edge_evidence(store: Store, tables: TieTables, flt: TieFilter, *, per_edge: int,
                         source: TieSource = STORE) -> list[dict[str, Any]]:
    """The latest ``per_edge`` fact ties of each edge in ``flt.keys``, with their sentence offsets."""
    if not flt.keys:
        return []
    ties, params = ties_sql(store, tables, flt, source)
    sql = f"""{ties}
        SELECT kind, source, target, article_id, sentence_start AS start, sentence_end AS "end", sentence, date,
               certainty, origin, record_id
        FROM ties WHERE fact
        QUALIFY row_number() OVER (PARTITION BY kind, source, target
                                   ORDER BY coalesce(date, {NO_DATE}) DESC, record_id DESC) <= ?
        ORDER BY kind, source, target, coalesce(date, {NO_DATE}) DESC, record_id DESC"""
    return store.query(sql, [*params, per_edge])


def ties_sql(store: Store, tables: TieTables, flt: TieFilter, source: TieSource) -> tuple[str, list[Any]]:
    """A WITH clause ending in ``ties``: one row per piece of evidence, keyed and marked fact or not."""
    lookups, params = _lookup_tables(tables)
    branches = []
    for table, alias, select in ((source.relations, "r", _RELATION), (source.events, "e", _EVENT)):
        for dated in (True, False):
            if not dated and not _has_undated(store, table):
                continue  # the undated branch joins articles, which reads all of them: only when needed
            for sql, branch_params in _branches(table, alias, select, dated, flt, source):
                branches.append(sql)
                params += branch_params
    facts, symmetric = list(PLAIN_FACT_CERTAINTIES), sorted(tables.symmetric)
    swap = f"kind IN ({_marks(symmetric)}) AND t < s"
    keys_clause, key_params = _keys_clause(flt.keys)
    sql = f"""WITH {lookups},
        rows AS ({' UNION ALL '.join(branches)}),
        keyed AS (
            SELECT kind, CASE WHEN {swap} THEN t ELSE s END AS source, CASE WHEN {swap} THEN s ELSE t END AS target,
                   date, score, origin, record_id, article_id, certainty, certainty IN ({_marks(facts)}) AS fact,
                   claimant, sentence, sentence_start, sentence_end, row_order
            FROM rows),
        ties AS (SELECT * FROM keyed WHERE {keys_clause})"""
    return sql, [*params, *symmetric, *symmetric, *facts, *key_params]


_COMMON = """coalesce(nullif({a}.certainty, ''), 'asserted') AS certainty, coalesce({a}.id, '') AS record_id,
    coalesce({a}.attributed_to, '') AS claimant,
    coalesce({a}.article_id, '') AS article_id, coalesce({a}.sentence, '') AS sentence,
    {a}.sentence_start, {a}.sentence_end, {a}.row_order"""
_RELATION = ("{a}.kind AS kind, {a}.source_actor AS s, {a}.target_actor AS t, {date} AS date, "
             "coalesce(w.weight, 0.0) AS score, 'relation' AS origin, " + _COMMON,
             "LEFT JOIN weights w ON w.kind = {a}.kind", "TRUE")
_EVENT = ("k.kind AS kind, {a}.source_actor AS s, {a}.target_actor AS t, {date} AS date, "
          "coalesce(m.score, k.score) AS score, 'event:' || {a}.type AS origin, " + _COMMON,
          ("JOIN kinds k ON k.type = upper({a}.type) "
           "LEFT JOIN mode_scores m ON m.type = k.type AND m.mode = {a}.mode"),
          "NOT contains(upper({a}.source_actor), 'CIVILIAN') AND NOT contains(upper({a}.target_actor), 'CIVILIAN')")


def _branches(table: str, a: str, select: tuple[str, str, str], dated: bool, flt: TieFilter,
              source: TieSource) -> list[tuple[str, list[Any]]]:
    """One SELECT of tie rows from ``table``, or two for an actor: one per end, so each filter is
    a plain equality the scan applies before reading the other columns (an OR across two
    columns is applied after every row has been read, sentences and all)."""
    columns, joins, extra = select
    date = f"{a}.date" if dated else source.published.format(alias=a)
    undated = "" if dated else source.undated_join.format(alias=a)
    clauses = [f"{a}.source_actor <> ''", f"{a}.target_actor <> ''", f"{a}.source_actor <> {a}.target_actor",
               extra.format(a=a), f"{a}.date IS {'NOT ' if dated else ''}NULL"]
    params: list[Any] = []
    if flt.as_of is not None:
        clauses.append(f"{date} <= ?")
        params.append(flt.as_of)
    if flt.since is not None:
        clauses.append(f"{date} >= ?")
        params.append(flt.since)
    if flt.claimant:
        clauses.append(f"lower({a}.attributed_to) = lower(?)")
        params.append(flt.claimant)
    if not flt.actor and flt.keys:  # only rows between the wanted edges' actors can be theirs: a semi-join
        clauses.append(f"{a}.source_actor IN (SELECT unnest(?)) AND {a}.target_actor IN (SELECT unnest(?))")
        actors = sorted({actor for _, source_actor, target_actor in flt.keys for actor in (source_actor, target_actor)})
        params += [actors, actors]
    sql = (f"SELECT {columns.format(a=a, date=date)} FROM {table} {a} {undated} {joins.format(a=a)} "
           f"WHERE {' AND '.join(clauses)}")
    if not flt.actor:
        return [(sql, params)]
    return [(f"{sql} AND {a}.source_actor = ?", [*params, flt.actor]),
            (f"{sql} AND {a}.target_actor = ?", [*params, flt.actor])]  # never both: the two ends differ


def _lookup_tables(tables: TieTables) -> tuple[str, list[Any]]:
    types = sorted(tables.kinds)
    modes = sorted(tables.mode_scores)
    weights = sorted(tables.relation_weights)
    sql = """kinds AS (SELECT unnest(?::VARCHAR[]) AS type, unnest(?::VARCHAR[]) AS kind, unnest(?::DOUBLE[]) AS score),
        mode_scores AS (SELECT unnest(?::VARCHAR[]) AS type, unnest(?::VARCHAR[]) AS mode,
                               unnest(?::DOUBLE[]) AS score),
        weights AS (SELECT unnest(?::VARCHAR[]) AS kind, unnest(?::DOUBLE[]) AS weight)"""
    params = [types, [tables.kinds[t] for t in types], [tables.type_scores.get(t, 0.0) for t in types],
              [t for t, _ in modes], [m for _, m in modes], [tables.mode_scores[k] for k in modes],
              weights, [tables.relation_weights[k] for k in weights]]
    return sql, params


def _keys_clause(keys: Sequence[tuple[str, str, str]]) -> tuple[str, list[Any]]:
    if not keys:
        return "TRUE", []
    # A join on a small list of wanted edges, not a row-by-row IN over tuples.
    wanted = """(kind, source, target) IN (SELECT kind, source, target FROM (SELECT unnest(?::VARCHAR[]) AS kind,
                unnest(?::VARCHAR[]) AS source, unnest(?::VARCHAR[]) AS target))"""
    return wanted, [[k[0] for k in keys], [k[1] for k in keys], [k[2] for k in keys]]


def _has_undated(store: Store, table: str) -> bool:
    # Answered from column statistics when no row lacks a date, else by a scan that stops early.
    return bool(store.scalar(f"SELECT EXISTS (SELECT 1 FROM {table} WHERE date IS NULL)"))


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" * len(values)) or "NULL"
