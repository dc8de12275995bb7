"""The actor network the page draws: the edges the store aggregates in DuckDB (the same ones
the reports use), each with its latest evidence sentences located in their articles so a
click can highlight them."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from frontwatch.fusion import mark_claims
from frontwatch.records import Edge
from frontwatch.store.db import Store
from frontwatch.store.queries import select_actor_nodes
from frontwatch.store.ties import TieFilter, read_edges, select_edge_evidence, tie_tables

EVIDENCE_PER_EDGE = 5


def select_network(store: Store, *, as_of: dt.date | None, since: dt.date | None, limit: int,
                   actor: str | None = None, claimant: str | None = None) -> dict[str, Any]:
    """Nodes and the `limit` best-evidenced edges up to `as_of` (facts only; hedged and other
    claims are counted on each edge as `unconfirmed`); with `actor`, only that actor's ties;
    with `claimant`, only what that speaker says. Edges only an enemy asserts are marked."""
    # The edge's own latest sentence is not shown: its evidence (newest first) carries it.
    edges = read_edges(store, as_of, since=since, actor=actor, limit=limit, sentences=False,
                       claimant=claimant)
    mark_claims(store, edges, as_of)
    flt = TieFilter(as_of=as_of, since=since, actor=actor, claimant=claimant)
    evidence = _evidence(store, edges, flt)
    rows = [_edge_row(e, evidence.get((e.kind, e.source, e.target), [])) for e in edges]
    return {"nodes": _nodes(store, edges), "edges": rows}


def _edge_row(edge: Edge, evidence: list[dict[str, Any]]) -> dict[str, Any]:
    return {"source": edge.source, "target": edge.target, "kind": edge.kind, "weight": edge.evidence,
            "articles": edge.articles, "first_seen": edge.first, "last_seen": edge.last, "score": edge.score,
            "unconfirmed": edge.unconfirmed, "claimants": edge.claimants, "own_voice": edge.own_voice,
            "enemy_claimed": edge.enemy_claimed, "evidence": evidence}


def _nodes(store: Store, edges: list[Edge]) -> list[dict[str, Any]]:
    return select_actor_nodes(store, sorted({e.source for e in edges} | {e.target for e in edges}))


def _evidence(store: Store, edges: list[Edge], flt: TieFilter) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
    """The latest few fact ties of each edge, newest first, with the sentence offsets of their records."""
    keys = [(e.kind, e.source, e.target) for e in edges]
    rows = select_edge_evidence(store, tie_tables(), replace(flt, keys=keys), per_edge=EVIDENCE_PER_EDGE)
    chosen: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for row in rows:
        key = (row.pop("kind"), row.pop("source"), row.pop("target"))
        chosen.setdefault(key, []).append(row)
    return chosen
