"""The actor network the page draws: edges built by :mod:`frontwatch.fuse.network` (the same
ones the reports use), each with its latest evidence sentences located in their articles so
a click can highlight them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from frontwatch.fuse.model import Tie
from frontwatch.fuse.network import Edge, is_fact, network_ties, snapshot
from frontwatch.store.db import Store

EVIDENCE_PER_EDGE = 5


def select_network(store: Store, *, as_of: dt.date | None, since: dt.date | None, limit: int) -> dict[str, Any]:
    """Nodes and the `limit` best-evidenced edges up to `as_of` (facts only; hedged and other
    claims are counted on each edge as `unconfirmed`)."""
    ties = [t for t in network_ties(store) if since is None or (t.date is not None and t.date >= since)]
    edges = snapshot(ties, as_of)[:limit]
    evidence = _evidence(store, ties, edges, as_of)
    rows = [_edge_row(e, evidence.get((e.kind, e.source, e.target), [])) for e in edges]
    return {"nodes": _nodes(store, edges), "edges": rows}


def _edge_row(edge: Edge, evidence: list[dict[str, Any]]) -> dict[str, Any]:
    return {"source": edge.source, "target": edge.target, "kind": edge.kind, "weight": edge.evidence,
            "articles": edge.articles, "first_seen": edge.first, "last_seen": edge.last, "score": edge.score,
            "unconfirmed": edge.unconfirmed, "evidence": evidence}


def _nodes(store: Store, edges: list[Edge]) -> list[dict[str, Any]]:
    ids = sorted({e.source for e in edges} | {e.target for e in edges})
    return store.query(
        """SELECT i.id, coalesce(a.name, i.id) AS name, a.type, a.country, a.sector
           FROM (SELECT unnest(?) AS id) i LEFT JOIN actors a ON a.id = i.id ORDER BY i.id""",
        [ids],
    )


def _evidence(store: Store, ties: list[Tie], edges: list[Edge],
              as_of: dt.date | None) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
    """The latest few fact ties of each edge, with the sentence offsets of their records."""
    wanted = {(e.kind, e.source, e.target) for e in edges}
    chosen: dict[tuple[str, str, str], list[Tie]] = {}
    for tie in sorted(ties, key=lambda t: t.date or dt.date.min, reverse=True):
        key = (tie.kind, tie.source, tie.target)
        if key not in wanted or not is_fact(tie) or (as_of is not None and (tie.date is None or tie.date > as_of)):
            continue
        group = chosen.setdefault(key, [])
        if len(group) < EVIDENCE_PER_EDGE:
            group.append(tie)
    offsets = _offsets(store, [t for group in chosen.values() for t in group])
    return {key: [_evidence_row(t, offsets) for t in group] for key, group in chosen.items()}


def _offsets(store: Store, ties: list[Tie]) -> dict[tuple[str, str, str], tuple[int, int]]:
    relation_ids = [t.record_id for t in ties if t.origin == "relation"]
    event_ids = [t.record_id for t in ties if t.origin != "relation"]
    rows = store.query(
        """SELECT 'relation' AS table_name, id, article_id, sentence_start, sentence_end
           FROM relations WHERE id IN (SELECT unnest(?))
           UNION ALL
           SELECT 'event', id, article_id, sentence_start, sentence_end FROM events WHERE id IN (SELECT unnest(?))""",
        [relation_ids, event_ids],
    )
    return {(r["table_name"], r["id"], r["article_id"]): (r["sentence_start"], r["sentence_end"]) for r in rows}


def _evidence_row(tie: Tie, offsets: dict[tuple[str, str, str], tuple[int, int]]) -> dict[str, Any]:
    table = "relation" if tie.origin == "relation" else "event"
    start, end = offsets.get((table, tie.record_id, tie.article_id), (None, None))
    return {"article_id": tie.article_id, "start": start, "end": end, "sentence": tie.sentence, "date": tie.date,
            "certainty": tie.certainty, "origin": tie.origin}
