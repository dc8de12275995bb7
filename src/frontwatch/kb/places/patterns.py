"""spaCy entity-ruler patterns generated from the gazetteer.

The small English model misses most Syrian and Iraqi village names and tags
"the northern Aleppo countryside" as a fragment; these phrase patterns (matched on
LOWER) make the ruler tag them whole before the statistical NER runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from spacy.lang.en.stop_words import STOP_WORDS

from frontwatch.kb.places import geonames
from frontwatch.kb.places.normalize import (
    ending_variants,
    is_latin,
    name_key,
    spelling_variants,
    word_set,
)

if TYPE_CHECKING:
    from frontwatch.kb.places.gazetteer import Gazetteer
    from frontwatch.records import Place

LABELS = {
    "populated_place": "GPE",
    "admin1": "GPE",
    "country": "GPE",
    "region": "LOC",
    "river": "LOC",
    "district": "LOC",
    "crossing": "FAC",
    "airbase": "FAC",
    "dam": "FAC",
    "base": "FAC",
    "camp": "FAC",
    "prison": "FAC",
    "oil_field": "FAC",
    "mountain": "LOC",
    "valley": "LOC",
}
DIRECTIONS = (
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "north-eastern",
    "north-western",
    "south-eastern",
    "south-western",
)
# GeoNames places worth tagging: the war countries and neighbours whole (ISO2), and the
# Turkish border provinces (GeoNames admin1 codes: Hatay, Kilis, Gaziantep, Sanliurfa,
# Mardin, Sirnak, Hakkari).
PATTERN_COUNTRIES = frozenset({"SY", "IQ", "LB", "JO"})
TURKISH_BORDER_CODES = frozenset({"31", "90", "83", "63", "72", "80", "70"})
MIN_SINGLE_WORD = 5
# Cities of the other wars' countries tagged by their own name from this population up.
THEATRE_CITY_POPULATION = 50000
COUNTRYSIDE_QUALIFIERS = frozenset(
    {"countryside", "rural", "suburbs", "governorate", "province", "city", "reef", "rif"}
)
# A name that already says its kind of division ("Kharkiv region", "Gao Region") takes
# no "province" phrases: "kharkiv region province" is never written.
DIVISION_WORDS = frozenset(
    {"region", "oblast", "district", "division", "territory", "administration", "state"}
)
# A bound on the ruler's size, above the phrases the gazetteer makes (about 30,000): the
# theatre cities come last, so a bound reached would silently drop whole cities of the
# other wars (tests/test_places_designators.py checks that none is cut).
MAX_PATTERNS = 36000
# A pattern's last word becomes a stem the glued-possessive splitter cuts "s" off
# (nlp/possessive.py): "Chin State" would split "United States". Such names are left to
# the NER, and resolved by name.
UNSAFE_LAST_WORDS = frozenset({"state"})
# The Persian linking vowel between words of a name ("Mazar e Sharif", "Pul i Khumri").
EZAFE = re.compile(r" (e|i|ye) ")
# Place names that are also everyday English words or names in wire copy.
COMMON_WORDS = word_set(
    """
    about after again bank against along among around because before behind below beside
    between beyond border castle centre center church clear coast court cross early east
    field forces garden grand great green health heart heights hills house island
    islands jordan judge lands light major march market middle mount mountain north
    order palace peace point police power raids range right river rocks round salam
    saint south spring state station street stone strike sultan table tower union valley
    village water wells white woods world
    """
)


def build_patterns(gazetteer: Gazetteer) -> list[dict[str, Any]]:
    """Curated names first, then governorate phrases, then safe GeoNames names; one per text."""
    seen: set[str] = set()
    patterns: list[dict[str, Any]] = []
    for text, label, place_id in _all_phrases(gazetteer):
        if text in seen or len(patterns) >= MAX_PATTERNS:
            continue
        seen.add(text)
        patterns.append({"label": label, "pattern": text, "id": f"place:{place_id}"})
    return patterns


def _all_phrases(gazetteer: Gazetteer) -> Iterator[tuple[str, str, str]]:
    curated = [p for p in map(gazetteer.get, sorted(gazetteer.curated_ids)) if p]
    for place in curated:
        for text in _variants(gazetteer.names_of(place.id), endings=True):
            if _is_safe(text, curated=True):
                yield text, LABELS[place.kind], place.id
    for place in curated:
        if place.kind == "admin1":
            for text in admin1_phrases(
                gazetteer.names_of(place.id), countryside=place.country == "SYR"
            ):
                yield text, "GPE", place.id
    for place in _pattern_geonames(gazetteer):
        for text in _variants(gazetteer.added_names(place.id), endings=True):
            if _is_safe(text, curated=True):
                yield text, "GPE", place.id
        for text in _marked_names(gazetteer, place):
            yield text, "GPE", place.id
    for place in _pattern_geonames(gazetteer):
        for text in _variants(gazetteer.names_of(place.id)):
            if _is_safe(text, curated=False):
                yield text, "GPE", place.id
    for place in _theatre_cities(gazetteer):
        for text in _variants([place.name]):
            if _is_safe(text, curated=False):
                yield text, "GPE", place.id
        # spellings our data files give are checked by hand, like curated names ("Goma")
        for text in _variants(gazetteer.added_names(place.id)):
            if _is_safe(text, curated=True):
                yield text, "GPE", place.id
        for text in _marked_names(gazetteer, place):
            yield text, "GPE", place.id


def _marked_names(gazetteer: Gazetteer, place: Place) -> list[str]:
    """The accented spellings of a town our data files name ("Hīt"): no English word is
    written so, even when the plain spelling is one ("hit"); only the written form is a
    pattern (matched on LOWER), never the folded one, which stays an everyday word."""
    if not gazetteer.added_names(place.id):
        return []
    names = gazetteer.names_of(place.id)
    return [name.lower() for name in names if is_latin(name) and _accented(name)]


def _accented(name: str) -> bool:
    return any(ch.isalpha() and not ch.isascii() for ch in name)


def admin1_phrases(names: Iterable[str], *, countryside: bool) -> Iterator[str]:
    """ "idlib province", "rural damascus", "the northern aleppo countryside" style phrases."""
    for name in names:
        words = set(name_key(name).split())
        if len(name.split()) > 2 or words & (COUNTRYSIDE_QUALIFIERS | DIVISION_WORDS):
            continue
        for base in spelling_variants(name):
            yield from (f"{base} province", f"{base} governorate", f"province of {base}")
            yield from (f"{d} {base} province" for d in DIRECTIONS)
            if countryside:
                yield from (
                    f"{base} countryside",
                    f"rural {base}",
                    f"countryside of {base}",
                    f"{base}'s countryside",
                    f"{base} suburbs",
                )
                yield from (f"{d} {base} countryside" for d in DIRECTIONS)
                yield from (f"{d} countryside of {base}" for d in DIRECTIONS)
                yield from (f"{d} rural {base}" for d in DIRECTIONS)


def _pattern_geonames(gazetteer: Gazetteer) -> list[Place]:
    places = [p for p in gazetteer.places_where(_is_pattern_area) if p.id.startswith("gn:")]
    return sorted(places, key=lambda p: -p.population)


def _theatre_cities(gazetteer: Gazetteer) -> list[Place]:
    """Cities of the other wars' countries the small model may not tag ("Donetsk",
    "Maiduguri"), and the smaller towns towns.yaml names: their own name and the spellings
    our data gives, since GeoNames' alternates would crowd the ruler."""
    places = gazetteer.places_where(
        lambda country2, admin1code: (
            country2 in geonames.REGION_COUNTRIES and not _is_pattern_area(country2, admin1code)
        )
    )
    cities = [
        p
        for p in places
        if p.id.startswith("gn:")
        # a town our data files name is worth tagging whatever its size (front lines)
        and (p.population >= THEATRE_CITY_POPULATION or gazetteer.added_names(p.id))
    ]
    return sorted(cities, key=lambda p: -p.population)


def _is_pattern_area(country2: str, admin1code: str) -> bool:
    return country2 in PATTERN_COUNTRIES or (
        country2 == "TR" and admin1code in TURKISH_BORDER_CODES
    )


def _variants(names: Iterable[str], *, endings: bool = False) -> Iterator[str]:
    """Each name's spellings by rule; with ``endings`` (the curated names and the data
    files' spellings, few enough for the ruler's bound) also its final "-a"/"-ah",
    "-iya"/"-iyah"/"-iyeh" spelt the other ways."""
    for name in names:
        for variant in sorted(spelling_variants(name)):
            yield variant
            if EZAFE.search(variant):  # "mazar e sharif" is written "Mazar-e-Sharif"
                yield EZAFE.sub(r"-\1-", variant)
            if endings:
                yield from sorted(ending_variants(variant))


def is_common_word(text: str) -> bool:
    """True for everyday English words ("bank", "march") that are not names on their own."""
    key = name_key(text)
    return key in COMMON_WORDS or key in STOP_WORDS


def _is_safe(text: str, *, curated: bool) -> bool:
    """Multi-word or long enough, and not an everyday English word."""
    key = name_key(text)
    words = key.split()
    if not words or key in COMMON_WORDS or key in STOP_WORDS or words[-1] in UNSAFE_LAST_WORDS:
        return False
    if curated:
        return len(key) >= 2
    if len(words) == 1:
        return len(key) >= MIN_SINGLE_WORD
    return not all(w in STOP_WORDS or w in COMMON_WORDS for w in words)
