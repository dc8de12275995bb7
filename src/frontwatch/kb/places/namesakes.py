"""A capital or a world city is never a small namesake abroad.

"Moscow" in an article that also names the United States is still Russia's capital, not
the town in Idaho: the country focus of the article alone does not move a prominent
city's name abroad. A namesake wins only when it is a sizeable city itself (Tripoli in
Lebanon, in a Lebanese story), curated, or near another place the article names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from frontwatch.records import Place

if TYPE_CHECKING:
    from frontwatch.kb.places.gazetteer import Candidate, Gazetteer

WORLD_CITY_POPULATION = 1_000_000
VOUCHED_NAMESAKE_POPULATION = 100_000
NAMESAKE_ANCHOR_KM = 100.0


def keep_prominent(
    gazetteer: Gazetteer, best: Candidate, candidates: tuple[Candidate, ...], anchors: list[Place]
) -> Candidate:
    """``best``, unless it is a small namesake abroad of a capital or world city named
    exactly so among ``candidates`` (an alternate name is no claim to prominence), with
    none of the article's other places (``anchors``) near it."""
    place = best.place
    if (
        is_prominent(gazetteer, place)
        or place.population >= VOUCHED_NAMESAKE_POPULATION
        or place.id.startswith("fw:")
    ):
        return best
    prominent = [
        c
        for c in candidates
        if c.match == "exact"
        and c.place.country != place.country
        and is_prominent(gazetteer, c.place)
    ]
    if not prominent:
        return best
    others = [a for a in anchors if a.id != place.id]
    if any(gazetteer.distance_km(place, a) < NAMESAKE_ANCHOR_KM for a in others):
        return best
    return max(prominent, key=lambda c: c.place.population)


def is_prominent(gazetteer: Gazetteer, place: Place) -> bool:
    """A national capital or a city of a million people or more."""
    return place.id in gazetteer.capital_ids or place.population >= WORLD_CITY_POPULATION
