"""The actor network over time, from stated relations and from events between actors.

An event is evidence of a tie (ASSAULT/COERCE/THREATEN → fights; AID/SUPPORT → backs;
CONSULT/COOPERATE/AGREE → cooperates; ACCUSE/PROTEST/SANCTION → criticizes; see the
event-type table, :mod:`frontwatch.eventtypes`). Only asserted and attributed claims make
edges; hedged, hypothetical and negated ones are counted apart on each edge as ``unconfirmed``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from frontwatch.eventtypes import (
    event_score,
    event_tie,
    event_type_table,
    named_modes,
    relation_weight,
)
from frontwatch.records import PLAIN_FACT_CERTAINTIES, Tie

if TYPE_CHECKING:
    from frontwatch.store import Store
    from frontwatch.store.ties import TieTables

SYMMETRIC = frozenset({"fights", "allied", "cooperates"})
FRIENDLY = frozenset({"backs", "allied", "cooperates", "member_of"})
HOSTILE = frozenset({"fights"})
LAPSE_DAYS = 180  # a tie with no evidence for this long is taken to have ended


def is_civilian(actor_id: str) -> bool:
    """Civilians are victims, not parties: attacks on them make no network tie."""
    return "CIVILIAN" in actor_id.upper()


@dataclass(slots=True)
class Edge:
    kind: str
    source: str
    target: str
    evidence: int
    articles: int
    first: dt.date | None
    last: dt.date | None
    score: float
    sentence: str  # the latest evidence
    unconfirmed: int = 0


@dataclass(slots=True)
class Change:
    change: str  # appeared, ended, flipped
    kind: str
    source: str
    target: str
    date: dt.date | None
    detail: str
    sentence: str


def _tie(kind: str, source: str, target: str, row: Mapping[str, Any], score: float, origin: str) -> Tie:
    if kind in SYMMETRIC and target < source:
        source, target = target, source
    return Tie(kind, source, target, row.get("date"), score, origin, row.get("id") or "", row.get("article_id") or "",
               row.get("certainty") or "asserted", row.get("sentence") or "")


def ties_from_rows(relation_rows: Iterable[Mapping[str, Any]], event_rows: Iterable[Mapping[str, Any]]) -> list[Tie]:
    """Ties from relations rows and from events rows between two actors."""
    ties = [_tie(r["kind"], r["source_actor"], r["target_actor"], r, relation_weight(r["kind"]), "relation")
            for r in relation_rows]
    for row in event_rows:
        kind = event_tie(row["type"])
        if kind and not (is_civilian(row["source_actor"]) or is_civilian(row["target_actor"])):
            score = event_score(row["type"], row.get("mode") or "")
            ties.append(_tie(kind, row["source_actor"], row["target_actor"], row, score, f"event:{row['type']}"))
    return ties


def is_fact(tie: Tie) -> bool:
    return tie.certainty in PLAIN_FACT_CERTAINTIES


def _key(tie: Tie) -> tuple[str, str, str]:
    return tie.kind, tie.source, tie.target


def build_edges(ties: Iterable[Tie]) -> list[Edge]:
    """One edge per (kind, source, target), from facts; other claims counted as unconfirmed."""
    groups: dict[tuple[str, str, str], list[Tie]] = {}
    for tie in ties:
        groups.setdefault(_key(tie), []).append(tie)
    edges = [_edge(key, group) for key, group in groups.items()]
    return sorted((e for e in edges if e.evidence), key=lambda e: (-e.evidence, e.kind, e.source, e.target))


def _edge(key: tuple[str, str, str], group: list[Tie]) -> Edge:
    facts = sorted((t for t in group if is_fact(t)), key=lambda t: (t.date or dt.date.min, t.record_id))
    dates = [t.date for t in facts if t.date]
    return Edge(*key, evidence=len(facts), articles=len({t.article_id for t in facts}),
                first=min(dates, default=None), last=max(dates, default=None),
                score=round(sum(t.score for t in facts), 2), sentence=facts[-1].sentence if facts else "",
                unconfirmed=len(group) - len(facts))


def unconfirmed(ties: Iterable[Tie]) -> list[dict[str, Any]]:
    """Hedged, hypothetical and negated ties, grouped but never made edges: shown apart."""
    groups: dict[tuple[str, str, str, str], list[Tie]] = {}
    for tie in ties:
        if not is_fact(tie):
            groups.setdefault((*_key(tie), tie.certainty), []).append(tie)
    return [{"kind": k, "source": s, "target": t, "certainty": c, "claims": len(g),
             "last": max((x.date for x in g if x.date), default=None), "sentence": g[-1].sentence}
            for (k, s, t, c), g in sorted(groups.items())]


def snapshot(ties: Iterable[Tie], as_of: dt.date | None = None, *, lapse_days: int | None = None) -> list[Edge]:
    """Edges evidenced up to ``as_of``; with ``lapse_days``, only those evidenced within it."""
    kept = [t for t in ties if as_of is None or (t.date is not None and t.date <= as_of)]
    edges = build_edges(kept)
    if as_of is None or lapse_days is None:
        return edges
    horizon = as_of - dt.timedelta(days=lapse_days)
    return [e for e in edges if e.last is not None and e.last >= horizon]


def monthly_scores(ties: Iterable[Tie]) -> list[dict[str, Any]]:
    """Cooperation (+) / conflict (-) score per unordered actor pair and month, from facts."""
    cells: dict[tuple[str, str, str], list[float]] = {}
    for tie in ties:
        if tie.date is None or not is_fact(tie):
            continue
        a, b = sorted((tie.source, tie.target))
        cells.setdefault((tie.date.strftime("%Y-%m"), a, b), []).append(tie.score)
    return [{"month": m, "actor_a": a, "actor_b": b, "score": round(sum(s), 2), "evidence": len(s)}
            for (m, a, b), s in sorted(cells.items())]


def changes_between(ties: Sequence[Tie], start: dt.date, end: dt.date, *, lapse_days: int = LAPSE_DAYS) -> list[Change]:
    """Ties that appeared, ended (no evidence for ``lapse_days``) or flipped between two dates."""
    facts = [t for t in ties if is_fact(t) and t.date is not None and t.date <= end]
    changes = _appeared(facts, start) + _ended(facts, start, end, lapse_days) + _flipped(facts, start)
    return sorted(changes, key=lambda c: (c.date or dt.date.min, c.change, c.source, c.target))


def _appeared(facts: list[Tie], start: dt.date) -> list[Change]:
    first: dict[tuple[str, str, str], Tie] = {}
    for tie in sorted(facts, key=lambda t: (t.date, t.record_id)):
        first.setdefault(_key(tie), tie)
    return [Change("appeared", *key, tie.date, f"first evidence {tie.date}", tie.sentence)
            for key, tie in first.items() if tie.date >= start]  # type: ignore[operator]


def _ended(facts: list[Tie], start: dt.date, end: dt.date, lapse_days: int) -> list[Change]:
    lapse = dt.timedelta(days=lapse_days)
    return [Change("ended", e.kind, e.source, e.target, e.last + lapse,
                   f"no evidence since {e.last} ({lapse_days} days)", e.sentence)
            for e in build_edges(facts) if e.last and start <= e.last + lapse <= end]


def _flipped(facts: list[Tie], start: dt.date) -> list[Change]:
    """A pair whose latest tie before a change was friendly and is now hostile, or the reverse."""
    by_pair: dict[tuple[str, str], list[Tie]] = {}
    for tie in sorted(facts, key=lambda t: (t.date, t.record_id)):
        if tie.kind in FRIENDLY | HOSTILE:
            by_pair.setdefault(tuple(sorted((tie.source, tie.target))), []).append(tie)  # type: ignore[arg-type]
    changes = []
    for pair_ties in by_pair.values():
        for before, after in pairwise(pair_ties):
            if after.date >= start and _stance(before) != _stance(after):  # type: ignore[operator]
                changes.append(_flip(before, after))
    return changes


def _stance(tie: Tie) -> str:
    return "hostile" if tie.kind in HOSTILE else "friendly"


def _flip(before: Tie, after: Tie) -> Change:
    label = "ally→enemy" if _stance(after) == "hostile" else "enemy→ally"
    detail = f"{label}: {before.kind} on {before.date}, {after.kind} from {after.date}"
    return Change("flipped", after.kind, after.source, after.target, after.date, detail, after.sentence)


# --- joints with the store --------------------------------------------------------------


def network_ties(store: Store) -> list[Tie]:
    from frontwatch.store.fused import read_event_tie_rows, read_relation_rows

    return ties_from_rows(read_relation_rows(store), read_event_tie_rows(store))


def network_snapshot(store: Store, as_of: dt.date | None = None, *, lapse_days: int | None = None) -> list[Edge]:
    """``snapshot`` of the store's ties, aggregated in DuckDB (see ``stored_edges``)."""
    edges = stored_edges(store, as_of)
    if as_of is None or lapse_days is None:
        return edges
    horizon = as_of - dt.timedelta(days=lapse_days)
    return [e for e in edges if e.last is not None and e.last >= horizon]


def stored_edges(store: Store, as_of: dt.date | None = None, *, since: dt.date | None = None,
                 actor: str | None = None, limit: int | None = None, sentences: bool = True) -> list[Edge]:
    """The edges ``snapshot(network_ties(store), as_of)`` gives (of ties dated from ``since``,
    with ``actor`` at one end), computed by DuckDB rather than from every tie in Python.
    Without ``sentences``, ``Edge.sentence`` is left empty (see store.ties.select_edges)."""
    from frontwatch.store.ties import TieFilter, select_edges

    rows = select_edges(store, tie_tables(), TieFilter(as_of=as_of, since=since, actor=actor), limit=limit,
                        sentences=sentences)
    return [Edge(**row) for row in rows]


@lru_cache(maxsize=1)
def tie_tables() -> TieTables:
    """``event_tie``, ``event_score`` and ``relation_weight`` as tables DuckDB can join.

    A score depends on the type and, for a few modes, on the mode; every other mode scores
    as the type does (``event_score(type, "")``), so listing the modes the table names is
    enough."""
    from frontwatch.store.ties import TieTables

    table = event_type_table()
    kinds = {name.upper(): event_tie(name) for name in table["types"] if event_tie(name)}
    type_scores = {name: event_score(name, "") for name in kinds}
    mode_scores = {(name, mode): event_score(name, mode) for name in kinds for mode in named_modes(name)
                   if event_score(name, mode) != type_scores[name]}
    weights = {kind: relation_weight(kind) for kind in table["relations"]}
    return TieTables(kinds, type_scores, mode_scores, weights, SYMMETRIC)


def network_changes(store: Store, start: dt.date, end: dt.date, *, lapse_days: int = LAPSE_DAYS) -> list[Change]:
    """Relations that appeared, ended or flipped between ``start`` and ``end``."""
    return changes_between(network_ties(store), start, end, lapse_days=lapse_days)
