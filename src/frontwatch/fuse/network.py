"""The actor network over time, from its ties and edges: ties that appeared, ended or flipped,
the monthly cooperation-conflict score, and the claims kept out of it.

Ties and edges come from the store (:mod:`frontwatch.store.ties`, where the rules of which
relation or event makes which tie live, and where edges are aggregated); everything here is
a pure function of them. Only asserted and attributed claims make edges; hedged,
hypothetical and negated ones are counted apart on each edge as ``unconfirmed``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from frontwatch.records import PLAIN_FACT_CERTAINTIES, Edge, Tie

FRIENDLY = frozenset({"backs", "allied", "cooperates", "member_of"})
HOSTILE = frozenset({"fights"})
LAPSE_DAYS = 180  # a tie with no evidence for this long is taken to have ended


def is_civilian(actor_id: str) -> bool:
    """Civilians are victims, not parties: attacks on them make no network tie."""
    return "CIVILIAN" in actor_id.upper()


@dataclass(slots=True)
class Change:
    change: str  # appeared, ended, flipped
    kind: str
    source: str
    target: str
    date: dt.date | None
    detail: str
    sentence: str


def is_fact(tie: Tie) -> bool:
    return tie.certainty in PLAIN_FACT_CERTAINTIES


def _key(tie: Tie) -> tuple[str, str, str]:
    return tie.kind, tie.source, tie.target


def unconfirmed(ties: Iterable[Tie]) -> list[dict[str, Any]]:
    """Hedged, hypothetical and negated ties, grouped but never made edges: shown apart."""
    groups: dict[tuple[str, str, str, str], list[Tie]] = {}
    for tie in ties:
        if not is_fact(tie):
            groups.setdefault((*_key(tie), tie.certainty), []).append(tie)
    return [{"kind": k, "source": s, "target": t, "certainty": c, "claims": len(g),
             "last": max((x.date for x in g if x.date), default=None), "sentence": g[-1].sentence}
            for (k, s, t, c), g in sorted(groups.items())]


def mark_enemy_claims(
    edges: Iterable[Edge], hostile: Iterable[Edge], same_side: Callable[[str, str], bool]
) -> None:
    """Mark the edges that only an enemy of one of their ends asserts ("the army said the
    US backs IS"): no evidence in the reports' own voice, and every claimant on the side of
    an actor that fights the source or the target (``hostile``: the network's fights)."""
    fights = [e for e in hostile if e.kind in HOSTILE]

    def enemies(a: str, b: str, edge: Edge) -> bool:
        # the edge itself is no proof that its claimant is an enemy of its other end
        return any(
            (same_side(a, f.source) and same_side(b, f.target))
            or (same_side(a, f.target) and same_side(b, f.source))
            for f in fights
            if (f.kind, f.source, f.target) != (edge.kind, edge.source, edge.target)
        )

    def enemy_only(claimant: str, edge: Edge) -> bool:
        if same_side(claimant, edge.source) or same_side(claimant, edge.target):
            return False  # "Russia said it killed 300 militants": a side tells its own deed
        return enemies(claimant, edge.source, edge) or enemies(claimant, edge.target, edge)

    for edge in edges:
        if edge.own_voice or not edge.claimants:
            continue
        edge.enemy_claimed = all(enemy_only(c, edge) for c in edge.claimants)


def recent_edges(edges: list[Edge], as_of: dt.date | None, *, lapse_days: int | None = None) -> list[Edge]:
    """Of the network's edges as of ``as_of``, those evidenced within ``lapse_days`` before it
    (all of them without ``as_of`` or ``lapse_days``)."""
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


def changes_between(ties: Sequence[Tie], edges: Iterable[Edge], start: dt.date, end: dt.date, *,
                    lapse_days: int = LAPSE_DAYS) -> list[Change]:
    """Ties that appeared, ended (no evidence for ``lapse_days``) or flipped between two dates;
    ``edges`` is the network as of ``end``."""
    facts = [t for t in ties if is_fact(t) and t.date is not None and t.date <= end]
    changes = _appeared(facts, start) + _ended(edges, start, end, lapse_days) + _flipped(facts, start)
    return sorted(changes, key=lambda c: (c.date or dt.date.min, c.change, c.source, c.target))


def _appeared(facts: list[Tie], start: dt.date) -> list[Change]:
    first: dict[tuple[str, str, str], Tie] = {}
    for tie in sorted(facts, key=lambda t: (t.date, t.record_id)):
        first.setdefault(_key(tie), tie)
    return [Change("appeared", *key, tie.date, f"first evidence {tie.date}", tie.sentence)
            for key, tie in first.items() if tie.date >= start]  # type: ignore[operator]


def _ended(edges: Iterable[Edge], start: dt.date, end: dt.date, lapse_days: int) -> list[Change]:
    lapse = dt.timedelta(days=lapse_days)
    return [Change("ended", e.kind, e.source, e.target, e.last + lapse,
                   f"no evidence since {e.last} ({lapse_days} days)", e.sentence)
            for e in edges if e.last and start <= e.last + lapse <= end]


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
