"""A capital or a world city is never a small namesake abroad; a lone town abroad is a
local place the gazetteer lacks.

"Moscow" in an article that also names the United States is still Russia's capital, not
the town in Idaho: the country focus of the article alone does not move a prominent
city's name abroad. A namesake wins only when it is a sizeable city itself (Tripoli in
Lebanon, in a Lebanese story), curated, or near another place the article names.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from frontwatch.kb.places.cues import TOWN_WORDS
from frontwatch.kb.places.theatres import theatres
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


# A town abroad this large is news itself ("a soldier from Fort Worth"), never a stray
# namesake of a village the gazetteer lacks
LONE_NAMESAKE_MAX_POPULATION = 500_000


def lone_namesakes(gazetteer: Gazetteer, readings: list[Any], chosen: list[Place | None]) -> set[int]:
    """The indexes of choices that are a town abroad no other name of the article points
    to, named as a local place of the war ("Q Township" in a story from a Myanmar region is
    no city of that name in Japan): outside the wars and their region (theatres.yaml), not
    prominent, the article's only place outside them (no country of its own named, no
    other place there), in an article with places in the theatres, and called a township,
    village or district, or named beside a place of the theatres ("Q in R Region", "Q and
    T"). Such a name is a local place the gazetteer lacks; a city abroad named alone ("met
    in Geneva") stays. Towns only: a state or province abroad ("a soldier from Texas") is
    no village. Each test is a set or a look-up made once: long articles stay linear."""
    followed = theatres().war | theatres().region
    abroad = {place.id for place in chosen if place is not None and place.country not in followed}
    if len(abroad) != 1 or len(abroad) == len({p.id for p in chosen if p is not None}):
        return set()
    by_start = {r.span.start: place for r, place in zip(readings, chosen, strict=True)}
    return {
        index
        for index, place in enumerate(chosen)
        if place is not None
        and place.id in abroad
        and _a_village_name(gazetteer, place)
        and _said_local(readings[index], by_start, followed)
    }


def _a_village_name(gazetteer: Gazetteer, place: Place) -> bool:
    if place.kind != "populated_place" or place.id.startswith("fw:"):
        return False
    return place.population < LONE_NAMESAKE_MAX_POPULATION and not is_prominent(gazetteer, place)


def _said_local(reading: Any, by_start: dict[int, Place | None], followed: frozenset[str]) -> bool:
    span = reading.span
    doc = span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if _LOCAL_UNIT.fullmatch(after):
        return True
    if reading.cues.has("town") and not _country_named_before(span):
        return True  # "the town of Q" in a war's copy; "the Kenyan town of Q" says where it is
    for start in (span.end + 1, span.end + 2):
        place = by_start.get(start)
        between = {t.lower_ for t in doc[span.end : start]}
        if place is not None and place.country in followed and between <= _BESIDE:
            return True
    return False


def _country_named_before(span: Any) -> bool:
    """ "the Kenyan town of Mandera", "the Russian city of Q": a nationality before the town
    word names the town's own country."""
    doc = span.doc
    return any(t.ent_type_ == "NORP" or t.ent_type_ == "GPE" for t in doc[max(0, span.start - 4) : span.start])


# "Q township", "Q village", "the Q district": a local unit's name (cues.TOWN_WORDS)
_LOCAL_UNIT = re.compile(TOWN_WORDS + r"|township|townships|locality")
# "Q in R Region", "Q, R", "Q and T": named beside a place of the theatres
_BESIDE = frozenset({"in", ",", "and", "near"})
