"""The knowledge base's own small records and the vocabularies a pack may use."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from frontwatch.records import Actor

ACTOR_TYPES = frozenset(
    {
        "state",
        "state_forces",
        "state_agency",
        "armed_group",
        "party",
        "igo",
        "ngo",
        "media",
        "person",
        "generic",
    }
)
# PLOVER/CAMEO-style sectors (GOV government, MIL military, REB rebels, INS insurgents,
# PTY party, CVL civilians, SPY intelligence, COP police, JUD judiciary, LEG legislature,
# OPP opposition, REL religious, BUS business, EDU education, HLH health, REF refugees).
SECTORS = frozenset(
    {
        "GOV",
        "MIL",
        "REB",
        "INS",
        "IGO",
        "NGO",
        "MED",
        "CVL",
        "PTY",
        "SPY",
        "COP",
        "JUD",
        "LEG",
        "OPP",
        "REL",
        "BUS",
        "EDU",
        "HLH",
        "REF",
        "ELI",
        "LAB",
        "",
    }
)
EDGE_KINDS = frozenset(
    {
        "member_of",
        "faction_of",
        "leads",
        "office_holder",
        "renamed_to",
        "backs",
        "arm_of",
        "allied_with",
    }
)
BRANCHES = frozenset({"", "military", "air", "navy", "land", "security", "intelligence", "special"})
ACTOR_FIELDS = frozenset(
    {
        "id",
        "name",
        "type",
        "country",
        "sector",
        "aliases",
        "description",
        "edges",
        "priority",
        "branch",
        "antecedent",
        "capitals",
        "demonyms",
        "in_state",
    }
)
MATCH_METHODS = ("exact", "alias", "fuzzy", "modifier", "generic", "context")


@dataclass(frozen=True, slots=True)
class KBEdge:
    """A dated link between two actors, as the pack states it."""

    source: str
    kind: str
    target: str
    start: dt.date | None = None
    end: dt.date | None = None
    role: str = ""  # the office for leads/office_holder: "Foreign Minister"

    def valid_at(self, date: dt.date | None) -> bool:
        if date is None:
            return True
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)




@dataclass(slots=True)
class ActorEntry:
    """An actor as read from a pack, with what only the KB needs and where it was written."""

    actor: Actor
    edges: list[KBEdge] = field(default_factory=list)
    priority: int = 0
    branch: str = ""
    antecedent: dict[str, list[str]] = field(default_factory=dict)
    capitals: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    # 'STATE ACTOR [start..end]': in an article about that state the name means that
    # actor: a transnational group's local branch (IS in Somalia: IS-Somalia), or the
    # group of that war another one's name matches (Myanmar's "People's Defence Forces")
    in_state: list[str] = field(default_factory=list)
    where: str = ""  # file:line of the entry
    lines: dict[str, int] = field(default_factory=dict)  # field -> line
