"""Choosing among a name's candidate places: the score of each and the best one.

A candidate scores on its name match, population, curated status and country (the
prior), then on the article's country focus, its distance to the article's anchors and
the cues around the name ("X province", "eastern X", "near the Turkish border"). Split
from kb/places/resolve.py, which reads the names and their cues and asks this module
which place each one is.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from frontwatch.kb.places.cues import SpanCues
from frontwatch.kb.places.gazetteer import Candidate
from frontwatch.kb.places.namesakes import keep_prominent
from frontwatch.kb.places.normalize import name_key
from frontwatch.kb.places.theatres import theatres
from frontwatch.records import Place

if TYPE_CHECKING:
    from frontwatch.kb.places.gazetteer import Gazetteer
    from frontwatch.kb.places.resolve import Context, Reading

WAR_COUNTRIES = theatres().war  # the data file's, see theatres.py
REGION_COUNTRIES = theatres().region
SAME_PLACE_KM = 25.0
# A city this big has quarters the news tells by the compass ("western Mosul", "eastern
# Aleppo"); a smaller town's compass word names part of its province ("southern Idlib")
COMPASS_CITY_POPULATION = 1_000_000
CURATED_BONUS = 1.5  # curated places are the ones the war news names; they have no population
MATCH_SCORE = {"exact": 2.0, "alias": 1.6, "fuzzy": 0.6}
# "Kani, Japan": the country written after the name outweighs the article's focus and anchors
NAMED_COUNTRY_BONUS = 4.0
# Points along each border, for "near the Turkish border" style cues (lat, lon).
BORDER_POINTS = {
    "TUR": (
        (36.2, 36.0),
        (36.7, 36.6),
        (36.65, 37.1),
        (36.8, 38.0),
        (36.7, 39.0),
        (36.9, 40.0),
        (37.05, 41.2),
        (37.1, 42.3),
    ),
    "IRQ": ((37.1, 42.3), (36.6, 41.4), (36.0, 41.3), (34.4, 41.0), (33.4, 38.8)),
    "JOR": ((32.3, 35.9), (32.55, 36.2), (32.5, 37.0), (33.3, 38.7)),
    "LBN": ((34.6, 36.3), (34.3, 36.5), (33.9, 36.3), (33.6, 36.1), (33.3, 35.8)),
}


def reading_key(reading: Reading) -> str:
    """The mention's name; anchors from the same name do not vouch for each other."""
    return name_key(reading.cues.core) if reading.span is None else name_key(reading.span.text)


def is_unambiguous(gazetteer: Gazetteer, places: list[Place]) -> bool:
    first = places[0]
    return all(gazetteer.distance_km(first, p) <= SAME_PLACE_KM for p in places[1:])


def choose(gazetteer: Gazetteer, reading: Reading, context: Context) -> tuple[Place, str] | None:
    """The best candidate and the resolution label, or None when there is none."""
    if not reading.candidates:
        return None
    scored = [(score(gazetteer, c, reading, context), prior(c), c) for c in reading.candidates]
    own_key = reading_key(reading)  # once: it slices the doc, and anchors grow with the article
    others = [p for key, p in context.anchors if key != own_key]
    best = keep_prominent(
        gazetteer, max(scored, key=lambda row: row[0])[2], reading.candidates, others
    )
    default = max(scored, key=lambda row: row[1])[2]
    if best.match == "fuzzy":
        return best.place, "fuzzy"
    if (
        best.place.id != default.place.id
        and gazetteer.distance_km(best.place, default.place) > SAME_PLACE_KM
    ):
        return best.place, "context"
    return best.place, best.match


def prior(candidate: Candidate) -> float:
    """Score without context: name match, population, the war countries first."""
    place = candidate.place
    value = MATCH_SCORE[candidate.match] + 0.35 * math.log10(place.population + 1)
    if place.country in WAR_COUNTRIES:
        value += 1.5
    elif place.country in REGION_COUNTRIES:
        value += 0.8
    if place.id.startswith("fw:"):
        value += CURATED_BONUS
    return value


def score(gazetteer: Gazetteer, candidate: Candidate, reading: Reading, context: Context) -> float:
    place = candidate.place
    value = prior(candidate)
    if place.country in context.focus:
        value += 1.5
    value += _proximity(gazetteer, place, reading_key(reading), context)
    value += cue_bonus(gazetteer, place, reading.cues)
    if reading.cues.country_after:
        value += NAMED_COUNTRY_BONUS if place.country == reading.cues.country_after else 0.0
    return value


def _proximity(gazetteer: Gazetteer, place: Place, key: str, context: Context) -> float:
    """The proximity bonus to the anchors of other names, once per name and place."""
    memo = context.proximity.get((key, place.id))
    if memo is None:
        others = [p for anchor_key, p in context.anchors if anchor_key != key]
        memo = context.proximity[key, place.id] = proximity_bonus(gazetteer, place, others)
    return memo


def proximity_bonus(gazetteer: Gazetteer, place: Place, anchors: list[Place]) -> float:
    others = [a for a in anchors if a.id != place.id]
    if not others or place.kind == "country":
        return 0.0
    nearest = min(gazetteer.distance_km(place, a) for a in others)
    if nearest < 30:
        return 2.0
    if nearest < 100:
        return 1.2
    return 0.5 if nearest < 300 else 0.0


def cue_bonus(gazetteer: Gazetteer, place: Place, cues: SpanCues) -> float:
    is_admin1 = place.kind == "admin1"
    value = 0.0
    if cues.has("province") or cues.has("countryside"):
        value += 3.0 if is_admin1 else -0.5
    elif cues.has("town"):
        value += 1.0 if place.kind == "populated_place" else -1.0
    elif cues.has("compass"):
        value += _compass_bonus(place)
    elif is_admin1:
        value -= 0.8  # a bare "Idlib" is the city unless something says province
    for iso in cues.borders:
        if _near_border(gazetteer, place, iso):
            value += 1.2
    return value


def _compass_bonus(place: Place) -> float:
    """ "southern Idlib", "north-western Hama": a part of the province named like its
    town, not of the town, unless the town is a city big enough to have quarters told by
    the compass ("eastern Aleppo", "northern Baghdad")."""
    if place.kind == "admin1":
        return 0.0  # no bare-name penalty: the compass word says part of an area
    small = place.kind == "populated_place" and not has_compass_quarters(place)
    return -1.0 if small else 0.0


def has_compass_quarters(place: Place) -> bool:
    """A city big enough that "eastern X" names its own quarters, not the land around it."""
    return place.kind == "populated_place" and place.population >= COMPASS_CITY_POPULATION


def _near_border(gazetteer: Gazetteer, place: Place, iso: str) -> bool:
    points = BORDER_POINTS.get(iso, ())
    probe = Place("", "", 0.0, 0.0)
    for lat, lon in points:
        probe.latitude, probe.longitude = lat, lon
        if gazetteer.distance_km(place, probe) < 60:
            return True
    return False
