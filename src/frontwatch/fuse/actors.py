"""When two actor ids can name the same party to an event.

Equal ids agree; an empty or generic actor agrees with anything; an arm agrees with
the state it belongs to (RUS_AIRFORCE with RUS_MIL and RUS: same country, both on the
state side); and a known ``member_of`` pair agrees (YPG with SDF).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

import pycountry

from frontwatch.records import ActorInfo

STATE_SIDE = frozenset({"state", "state_forces", "state_agency"})
SPECIFICITY = {"": 0, "generic": 0, "state": 1, "state_agency": 2, "state_forces": 2}


@dataclass(slots=True)
class ActorBook:
    """The actors table plus the member_of pairs seen in relations."""

    actors: Mapping[str, ActorInfo] = field(default_factory=dict)
    members: frozenset[tuple[str, str]] = frozenset()

    def info(self, actor_id: str) -> ActorInfo:
        return self.actors.get(actor_id) or ActorInfo(actor_id, actor_id, _guess_type(actor_id), _guess_country(actor_id))

    def name(self, actor_id: str) -> str:
        return self.info(actor_id).name or actor_id

    def is_generic(self, actor_id: str) -> bool:
        return not actor_id or self.info(actor_id).type == "generic" or actor_id.startswith("GEN_")

    def compatible(self, a: str, b: str) -> bool:
        """True when ``a`` and ``b`` may name the same party."""
        if a == b or self.is_generic(a) or self.is_generic(b):
            return True
        if (a, b) in self.members or (b, a) in self.members:
            return True
        return self.same_state(a, b)

    def same_side(self, a: str, b: str) -> bool:
        """One party under two names: the same id, one state's organs, or a member and its group."""
        return a == b or (a, b) in self.members or (b, a) in self.members or self.same_state(a, b)

    def same_state(self, a: str, b: str) -> bool:
        ia, ib = self.info(a), self.info(b)
        return bool(ia.country) and ia.country == ib.country and ia.type in STATE_SIDE and ib.type in STATE_SIDE

    def most_specific(self, ids: Iterable[str]) -> str:
        """The most frequent, then most specific, non-generic id of a group ('' if none)."""
        named = [i for i in ids if not self.is_generic(i)]
        if not named:
            generic = [i for i in ids if i]
            return max(sorted(set(generic)), key=generic.count) if generic else ""
        return max(sorted(set(named)), key=lambda i: (named.count(i), SPECIFICITY.get(self.info(i).type, 3)))


def _guess_type(actor_id: str) -> str:
    """A type for ids missing from the actors table: ISO3 is a state, GEN_ is generic."""
    if actor_id.startswith("GEN_"):
        return "generic"
    if is_iso3(actor_id):
        return "state"
    if actor_id.endswith(("_MIL", "_AIRFORCE", "_NAVY", "_ARMY")):
        return "state_forces"
    return ""


def _guess_country(actor_id: str) -> str:
    head = actor_id.split("_", 1)[0]
    return head if is_iso3(head) else ""


@lru_cache(maxsize=4096)
def is_iso3(code: str) -> bool:
    """A real ISO 3166 alpha-3 code (SYR), not an acronym that looks like one (SDF, HTS)."""
    return len(code) == 3 and code.isupper() and pycountry.countries.get(alpha_3=code) is not None


def book_from_rows(actor_rows: Iterable[Mapping[str, object]], member_pairs: Iterable[tuple[str, str]] = ()) -> ActorBook:
    actors = {
        str(r["id"]): ActorInfo(str(r["id"]), str(r.get("name") or ""), str(r.get("type") or ""),
                                str(r.get("country") or ""), str(r.get("sector") or ""))
        for r in actor_rows
    }
    return ActorBook(actors, frozenset(member_pairs))
