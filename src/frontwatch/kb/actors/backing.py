"""Whose forces "X-backed <demonym> forces" are: the state's, or a group X backs there.

"Russian-backed Syrian forces" are the Syrian army, since Russia backs the Syrian state;
"US-backed Syrian forces" are not, since the United States backs a group in Syria and not
its state: the knowledge base's dated ``backs`` edges decide, never a list of names."""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from frontwatch.kb.actors.schema import ActorEntry, KBEdge
from frontwatch.kb.actors.validate import winner_by_priority
from frontwatch.records import Actor

STATE_TYPES = frozenset({"state", "state_agency", "state_forces"})


class BackingKB(Protocol):
    actors: dict[str, Actor]
    entries: dict[str, ActorEntry]
    edges: list[KBEdge]

    def top_of(self, actor_id: str) -> str: ...

    def umbrellas_of(self, actor_id: str, date: dt.date | None = None) -> list[str]: ...


def backed_group(kb: BackingKB, state: str, backers: list[str], date: dt.date | None) -> str | None:
    """The group of the state's country its backers back at the date; None when the phrase
    still names the state's forces (a backer backs the state, or the KB knows no group it
    backs there); '' when several groups fit and none leads."""
    tops = {kb.top_of(backer) for backer in backers}
    backed = [
        e.target
        for e in kb.edges
        if e.kind == "backs" and kb.top_of(e.source) in tops and e.valid_at(date)
    ]
    state_top = kb.top_of(state)
    if any(kb.top_of(target) == state_top for target in backed):
        return None
    country = kb.actors[state].country
    groups = {
        target
        for target in backed
        if kb.actors[target].country == country and kb.actors[target].type not in STATE_TYPES
    }
    if not groups:
        return None
    # the YPG inside the SDF: the coalition answers for its members
    leaders = [g for g in sorted(groups) if not groups.intersection(kb.umbrellas_of(g, date))]
    winner = winner_by_priority([kb.entries[g] for g in leaders])
    return winner.actor.id if winner else ""
