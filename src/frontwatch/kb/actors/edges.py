"""The actor knowledge base's dated edges: what an organ is an arm of, whom a person acts
for or commands at a date, which coalitions a group is in, who backs it, what it was
renamed to. Split from kb/actors/kb.py: ``ActorKB`` takes these queries from
``ActorEdges``, so every reader still asks them of the KB (``kb.top_of``, ``kb.side_for``).
"""

from __future__ import annotations

import datetime as dt

from frontwatch.kb.actors.index import EdgeIndex, parent_chain
from frontwatch.kb.actors.phrases import PhraseRules
from frontwatch.kb.actors.schema import ActorEntry, KBEdge
from frontwatch.records import Actor

_OFFICE_KINDS = ("office_holder", "leads")
_MEMBERSHIP_KINDS = ("member_of", "faction_of")


class ActorEdges:
    """The edge queries; ``ActorKB`` sets the attributes below when it loads the packs."""

    entries: dict[str, ActorEntry]
    actors: dict[str, Actor]
    links: EdgeIndex
    rules: PhraseRules
    _chains: dict[tuple[str, bool], str]  # top_of / body_of

    def top_of(self, actor_id: str) -> str:
        """What an organ is ultimately an arm of: SYR_AIRFORCE -> SYR; groups stay themselves."""
        return self._chain_end(actor_id, False)

    def body_of(self, actor_id: str) -> str:
        """Like top_of, through the arms an actor had from its founding only: allies may
        be a state's forces and a militia it incorporated later (Iraq's army, the PMF)."""
        return self._chain_end(actor_id, True)

    def _chain_end(self, actor_id: str, founding: bool) -> str:
        # asked for every mention of every tie; the edges never change within a run
        key = (actor_id, founding)
        top = self._chains.get(key)
        if top is None:
            top = self._chains[key] = parent_chain(actor_id, self.links, founding=founding)[-1]
        return top

    def arm_of(self, actor_id: str, branch: str) -> str:
        """The state's arm of that branch (RUS, air -> RUS_AIRFORCE), else the actor itself."""
        if self.entries[actor_id].branch == branch:
            return actor_id
        top = self.top_of(actor_id)
        arm = self.links.arms.get((top, branch))
        if arm is None and branch not in ("military", "government"):
            arm = self.links.arms.get((top, "military"))
        if branch == "government" and f"{top}_GOV" in self.actors:
            arm = f"{top}_GOV"
        return arm or actor_id

    def related(
        self, actor_id: str, *, kind: str = "", date: dt.date | None = None
    ) -> list[KBEdge]:
        """Every edge from or to the actor, optionally of one kind and valid at a date."""
        edges = [*self.links.by_source.get(actor_id, []), *self.links.by_target.get(actor_id, [])]
        return [e for e in edges if (not kind or e.kind == kind) and e.valid_at(date)]

    def offices(self, actor_id: str, date: dt.date | None = None) -> list[KBEdge]:
        """A person's offices and leaderships valid at the date (all of them if no date)."""
        edges = [e for e in self.links.by_source.get(actor_id, []) if e.kind in _OFFICE_KINDS]
        return [e for e in edges if e.valid_at(date)]

    def _offices_ended_by(self, actor_id: str, date: dt.date | None) -> list[KBEdge]:
        """A person's offices that ended before the date, the latest first."""
        edges = [e for e in self.links.by_source.get(actor_id, []) if e.kind in _OFFICE_KINDS]
        if date is None:
            return []
        ended = [(e.end, e) for e in edges if e.end is not None and e.end < date]
        return [e for _end, e in sorted(ended, key=lambda pair: pair[0], reverse=True)]

    def acting_for(self, actor_id: str, date: dt.date | None = None) -> str:
        """The state or group an actor acts for at the date: Lavrov 2015 -> RUS.

        Persons act for what their office at that date is part of (the latest office if
        no date); organs act for their state; groups act for themselves; '' if unknown.
        """
        actor = self.actors.get(actor_id)
        if actor is None:
            return ""
        if actor.type != "person":
            return self.top_of(actor_id)
        offices = self.offices(actor_id, date) or ([] if date else self.offices(actor_id))
        if not offices:
            return ""
        latest = max(offices, key=lambda e: (e.start or dt.date.min, e.kind == "office_holder"))
        return self.top_of(latest.target)

    def command_of(self, actor_id: str, date: dt.date | None = None) -> str:
        """Whom a person's armed men are at the date ("Haftar's forces", "troops loyal to
        Assad"): the armed group he leads (the LNA), else the state whose office he holds
        (Syria; a party he also leads is no army); '' for anyone else."""
        actor = self.actors.get(actor_id)
        if actor is None or actor.type != "person":
            return ""
        tops = [(e.target, self.top_of(e.target)) for e in self.offices(actor_id, date)]
        groups = [t for t, _top in tops if self.actors[t].type == "armed_group"]
        states = [top for _t, top in tops if self.actors[top].type == "state"]
        return (groups or states or [""])[0]

    def forces_named(self, person: str, head: str, date: dt.date | None = None) -> str:
        """The actor "<head> loyal to <person>" names ("troops": his state's army or his
        group; "militias": his group only; a militia class when he commands no one at the
        date), '' if the head names no men of his. "The government of <person>" is the
        government of the state whose office he holds at the date, or held last before it
        ("the government of then-president X", "X's government" in copy after his fall)."""
        if head in self.rules.government_heads:
            edges = self.offices(person, date) or self._offices_ended_by(person, date)
            states = [self.top_of(e.target) for e in edges]
            return next((self.arm_of(s, "government") for s in states if self.actors[s].type == "state"), "")
        if head not in self.rules.command_heads | self.rules.group_heads:
            return ""
        side = self.command_of(person, date)
        if not side:  # a person out of office at the date, or never in one: a militia, not him
            actor = self.actors.get(person)
            known = date is not None and actor is not None and actor.type == "person"
            return self.rules.unled_loyalists if known else ""
        if head in self.rules.group_heads and self.actors[side].type == "state":
            return ""
        return self.arm_of(side, "military")

    def side_for(self, actor_id: str, date: dt.date | None = None) -> str:
        """The side an actor stands for: a person the one his office at the date is part of
        ("Assad bombed Aleppo": Syria's); any other actor, or a person of no known office,
        stands for itself."""
        actor = self.actors.get(actor_id)
        if actor is None or actor.type != "person":
            return actor_id
        return self.acting_for(actor_id, date) or actor_id

    def umbrellas_of(self, actor_id: str, date: dt.date | None = None) -> list[str]:
        """The coalitions and parent groups a group is a member or faction of at the date
        (the YPG in the SDF from 2015). A person's membership is none: he is not his group."""
        actor = self.actors.get(actor_id)
        if actor is None or actor.type == "person":
            return []
        edges = self.links.by_source.get(actor_id, [])
        return [e.target for e in edges if e.kind in _MEMBERSHIP_KINDS and e.valid_at(date)]

    def backers_of(self, actor_id: str, date: dt.date | None = None) -> list[str]:
        """Who the KB says backs the actor (or a group it belongs to) at the date."""
        subjects = [actor_id] + [
            e.target
            for e in self.links.by_source.get(actor_id, [])
            if e.kind in _MEMBERSHIP_KINDS and e.valid_at(date)
        ]
        backers = [
            self.top_of(e.source)
            for s in subjects
            for e in self.links.by_target.get(s, [])
            if e.kind == "backs" and e.valid_at(date)
        ]
        return sorted(set(backers) - {actor_id})

    def successor(self, actor_id: str, date: dt.date) -> str:
        """The name a group went by at the date, following renamed_to: Nusra 2017 -> HTS."""
        current, seen = actor_id, {actor_id}
        while True:
            renames = [
                e
                for e in self.links.by_source.get(current, [])
                if e.kind == "renamed_to" and e.start and e.start <= date
            ]
            if not renames or renames[0].target in seen:
                return current
            current = renames[0].target
            seen.add(current)
