"""Coverage of the knowledge packs: how much each pack knows, and how recent it is.

An analyst adding or checking a war asks: how many actors and persons, how many dated
edges, how many places in its countries, and the latest date any fact holds from or to.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class PackStats:
    pack: str
    actors: int = 0
    persons: int = 0
    edges: int = 0
    dated_edges: int = 0
    countries: list[str] = field(default_factory=list)
    places: int = 0
    last_dated_fact: dt.date | None = None

    def as_row(self) -> dict[str, Any]:
        row = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        row["countries"] = ",".join(self.countries)
        row["last_dated_fact"] = self.last_dated_fact.isoformat() if self.last_dated_fact else ""
        return row


def pack_stats(actor_kb: Any, gazetteer: Any) -> list[PackStats]:
    """One row per actor pack, largest first; places are counted in the pack's countries."""
    by_pack: dict[str, PackStats] = {}
    countries: dict[str, Counter[str]] = defaultdict(Counter)
    for entry in actor_kb.entries.values():
        actor = entry.actor
        stats = by_pack.setdefault(actor.pack, PackStats(actor.pack))
        stats.actors += 1
        stats.persons += actor.type == "person"
        if actor.country:
            countries[actor.pack][actor.country] += 1
        for edge in entry.edges:
            stats.edges += 1
            dates = [d for d in (edge.start, edge.end) if d is not None]
            stats.dated_edges += bool(dates)
            if dates:
                latest = max(dates)
                if stats.last_dated_fact is None or latest > stats.last_dated_fact:
                    stats.last_dated_fact = latest
    places_per_country = Counter(place.country for place in gazetteer.places())
    for pack, stats in by_pack.items():
        # a pack's own countries: those at least a tenth of its actors belong to
        named = countries[pack]
        floor = max(1, stats.actors // 10)
        stats.countries = sorted(c for c, n in named.items() if n >= floor)
        stats.places = sum(places_per_country[c] for c in stats.countries)
    return sorted(by_pack.values(), key=lambda s: -s.actors)
