"""The gazetteer: GeoNames places plus curated ones, indexed by normalised name."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pycountry

from frontwatch.kb.closest import RatioIndex
from frontwatch.kb.places import geonames
from frontwatch.kb.places.curated import CuratedData, load_curated
from frontwatch.kb.places.designators import designator_variants
from frontwatch.kb.places.normalize import loose_key, name_key
from frontwatch.records import COUNTRY_ID_PREFIX, Article, Mention, Place

EARTH_RADIUS_KM = 6371.0
FUZZY_MIN_LENGTH = 7
FUZZY_CUTOFF = 90.0
FUZZY_COUNTRIES = frozenset({"SYR", "IRQ"})


@dataclass(slots=True, frozen=True)
class Candidate:
    """A place a name may refer to, and how the name matched it."""

    place: Place
    match: str  # exact (primary name), alias, fuzzy


class Gazetteer:
    """Look places up by name, resolve the place names of a parsed document.

    Places are numbered: GeoNames rows first (their Place records built on first
    use, so loading stays fast), then curated places and countries. The name indexes
    map keys to those numbers; ``~n`` marks a match on an alternate name.
    """

    def __init__(
        self, index: geonames.GeoIndex, *, iso3: dict[str, str], admin1_codes: dict[str, str]
    ):
        self._rows = index.rows
        self._entries: list[Place | None] = [None] * len(index.rows)
        self._exact = index.exact
        self._loose = index.loose
        self._iso3 = iso3
        self._admin1_codes = admin1_codes
        self._numbers = {f"gn:{row[0]}": n for n, row in enumerate(index.rows)}
        self._aliases: dict[int, list[str]] = defaultdict(list)
        self._countries: dict[str, int] = {}
        self.curated_ids: set[str] = set()
        self.capital_ids: set[str] = set()  # national capitals, never lost to a namesake
        self.capital_of: dict[str, str] = {}  # ISO3 -> its capital's place id
        self.demonyms: dict[str, str] = {}  # name key of "Iraqi" -> "IRQ"
        self.not_places: dict[str, str] = {}  # name key -> why it is never resolved

    # --- building -------------------------------------------------------
    def add_place(self, place: Place, names: Iterable[str], *, primary: bool = True) -> int:
        """Add a place known by names (the first is its own name when ``primary``)."""
        number = len(self._entries)
        self._entries.append(place)
        self._numbers[place.id] = number
        self.add_names(number, names, primary=primary)
        return number

    def add_names(self, number: int, names: Iterable[str], *, primary: bool = False) -> None:
        """Index more names for place ``number``; only the first can be its primary name."""
        names = list(names)
        self._aliases[number] += names[1:] if primary else names
        for i, key in enumerate(dict.fromkeys(name_key(n) for n in names)):
            if key:
                self._exact.setdefault(key, []).append(number if primary and i == 0 else ~number)
        for key in dict.fromkeys(loose_key(n) for n in names):
            if key:
                self._loose.setdefault(key, []).append(number)

    def add_aliases(self, place_id: str, names: Iterable[str]) -> None:
        """More spellings of a known place (a place overlay's); lookups made before are forgotten."""
        self.add_names(self._numbers[place_id], names)
        self.candidates.cache_clear()
        self._loose_keys.cache_clear()
        self._closest_loose_key.cache_clear()

    def add_country(self, place: Place, aliases: Iterable[str]) -> None:
        number = len(self._entries)
        self._entries.append(place)
        self._numbers[place.id] = number
        for alias in aliases:
            key = name_key(alias)
            if key:
                self._countries.setdefault(key, number)

    # --- lookups ----------------------------------------------------------
    def _place(self, number: int) -> Place:
        place = self._entries[number]
        if place is None:
            place = self._entries[number] = self._row_place(self._rows[number])
        return place

    def _row_place(self, row: geonames.GeoRow) -> Place:
        country2: str  # the row's ISO alpha-2 code (rows are JSON lists)
        gid, name, lat, lon, country2, population, admin1code = row[:7]
        return Place(
            id=f"gn:{gid}",
            name=name,
            latitude=lat,
            longitude=lon,
            country=self._iso3.get(country2, country2),
            admin1=self._admin1_codes.get(f"{country2}.{admin1code}", ""),
            kind="populated_place",
            geonames_id=gid,
            population=population,
        )

    def get(self, place_id: str) -> Place | None:
        number = self._numbers.get(place_id)
        return None if number is None else self._place(number)

    def admin1_of(self, place_id: str) -> str:
        """The canonical governorate/province a place lies in ('' if none or unknown)."""
        place = self.get(place_id)
        return place.admin1 if place else ""

    def names_of(self, place_id: str) -> list[str]:
        """A place's own name first, then the other spellings it is known by."""
        number = self._numbers.get(place_id)
        if number is None:
            return []
        own = (
            [self._rows[number][1], *self._rows[number][7]]
            if number < len(self._rows)
            else [self._place(number).name]
        )
        return [*own, *self._aliases.get(number, [])]

    def added_names(self, place_id: str) -> list[str]:
        """Spellings FrontWatch's own data files gave a place (not GeoNames')."""
        number = self._numbers.get(place_id)
        return [] if number is None else list(self._aliases.get(number, []))

    def places(self) -> Iterator[Place]:
        return (self._place(n) for n in range(len(self._entries)))

    def places_where(self, keep: Any) -> Iterator[Place]:
        """Places whose raw GeoNames row passes ``keep(country2, admin1code)``, plus all others."""
        for number, row in enumerate(self._rows):
            if keep(row[4], row[6]):
                yield self._place(number)
        yield from (self._place(n) for n in range(len(self._rows), len(self._entries)))

    def __len__(self) -> int:
        return len(self._entries)

    def country(self, name: str) -> Place | None:
        """The country a name (or abbreviation such as "U.S.") denotes, if any."""
        number = self._countries.get(name_key(name))
        return None if number is None else self._place(number)

    def why_not_a_place(self, name: str) -> str:
        """Why a name is deliberately left unresolved ("a personal name"), or ''."""
        return self.not_places.get(name_key(name), "")

    def lookup(self, name: str) -> list[Place]:
        """Candidate places for a name, best name matches first."""
        return [c.place for c in self.candidates(name)]

    @lru_cache(maxsize=32768)  # noqa: B019 - one gazetteer per process, lives for the run
    def candidates(self, name: str) -> tuple[Candidate, ...]:
        country = self.country(name)
        if country:
            return (Candidate(country, "exact"),)
        key = name_key(name)
        if key in self.not_places:
            return ()
        found = [
            Candidate(self._place(max(n, ~n)), "exact" if n >= 0 else self._alias_match(~n, key))
            for n in self._exact.get(key, ())
        ]
        if not found:
            found = [
                Candidate(self._place(n), "fuzzy") for n in self._loose.get(loose_key(name), ())
            ]
        if not found:
            found = self._fuzzy_candidates(name)
        return tuple(_dedupe(found))

    def knows_name(self, name: str) -> bool:
        """Whether :meth:`candidates` holds a place not matched approximately (the name is a
        country's, a place's own or an alias), told without the approximate scan that
        :meth:`candidates` makes for a name it does not know."""
        if self.country(name) is not None:
            return True
        key = name_key(name)
        return key not in self.not_places and bool(self._exact.get(key))

    def _alias_match(self, number: int, key: str) -> str:
        """ "exact" for a press spelling our data files attach to a GeoNames place, as good
        as its own name ("Sloviansk" is Slovyansk's, whatever old name of Nikopol GeoNames
        spells so); "alias" for any other alternate name."""
        given = number < len(self._rows) and key in (
            name_key(n) for n in self._aliases.get(number, ())
        )
        return "exact" if given else "alias"

    def _fuzzy_candidates(self, name: str) -> list[Candidate]:
        key = loose_key(name)
        if len(key) < FUZZY_MIN_LENGTH:
            return []
        best = self._closest_loose_key(key)
        if not best:
            return []
        return [
            Candidate(self._place(n), "fuzzy")
            for n in self._loose[best[0]]
            if self._place(n).country in FUZZY_COUNTRIES
        ]

    @lru_cache(maxsize=20_000)  # noqa: B019  # unknown names recur across articles
    def _closest_loose_key(self, key: str) -> tuple[str, float] | None:
        return self._loose_keys().closest(key, FUZZY_CUTOFF)

    @lru_cache(maxsize=1)  # noqa: B019
    def _loose_keys(self) -> RatioIndex:
        """Loose keys of Syrian and Iraqi places, the only ones matched approximately."""
        return RatioIndex(
            key
            for key, numbers in self._loose.items()
            if len(key) >= FUZZY_MIN_LENGTH - 1
            and any(self._place(n).country in FUZZY_COUNTRIES for n in numbers)
        )

    # --- geometry and pipeline hooks ---------------------------------------
    @staticmethod
    def distance_km(a: Place, b: Place) -> float:
        """Great-circle distance between two places' points, in km."""
        lat1, lon1, lat2, lon2 = map(
            math.radians, (a.latitude, a.longitude, b.latitude, b.longitude)
        )
        h = (
            math.sin((lat2 - lat1) / 2) ** 2
            + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
        )
        return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))

    def entity_patterns(self) -> list[dict[str, Any]]:
        """spaCy entity_ruler phrase patterns (matched on LOWER) for the places worth tagging."""
        from frontwatch.kb.places.patterns import build_patterns

        return build_patterns(self)

    def resolve_name(
        self, name: str, *, near: list[Place] | None = None
    ) -> tuple[Place, str, int] | None:
        """Best place for a bare name: (place, resolution, geo_precision), or None if unknown."""
        from frontwatch.kb.places.resolve import resolve_name

        return resolve_name(self, name, near=near)

    def resolve_doc(self, doc: Any, *, article: Article) -> tuple[list[Mention], list[Place]]:
        """A Mention for every place-like span of the doc, and the Places they resolved to."""
        from frontwatch.kb.places.resolve import resolve_doc

        return resolve_doc(self, doc, article=article)


def _dedupe(found: list[Candidate]) -> list[Candidate]:
    """One candidate per place, keeping its best match."""
    rank = {"exact": 0, "alias": 1, "fuzzy": 2}
    best: dict[str, Candidate] = {}
    for cand in found:
        old = best.get(cand.place.id)
        if old is None or rank[cand.match] < rank[old.match]:
            best[cand.place.id] = cand
    return sorted(best.values(), key=lambda c: rank[c.match])


# --- assembly ---------------------------------------------------------------
def build_gazetteer(*, source: Any = None) -> Gazetteer:
    """GeoNames rows (cached) plus the curated files, in one index."""
    curated = load_curated()
    countries = geonames.country_codes()
    iso3 = {code: row["iso3"] for code, row in countries.items()}
    index = geonames.load_index(source=source)
    gazetteer = Gazetteer(index, iso3=iso3, admin1_codes=curated.admin1_codes)
    gazetteer.not_places = {name_key(name): why for name, why in curated.not_places.items()}
    gazetteer.demonyms = {name_key(word): iso3 for word, iso3 in curated.demonyms.items()}
    for item in curated.places:
        names = [item.place.name, *item.aliases]
        gazetteer.add_place(item.place, [*names, *designator_variants(names)])
        gazetteer.curated_ids.add(item.place.id)
    _add_alias_groups(gazetteer, curated)
    _add_countries(gazetteer, curated, countries, index)
    gazetteer.candidates.cache_clear()
    return gazetteer


def _add_alias_groups(gazetteer: Gazetteer, curated: CuratedData) -> None:
    """Attach press spellings to the most populous GeoNames place of that name and country;
    a place whose own name it is comes first (one of Nikopol's old names is Slovyansk's)."""
    for group in curated.alias_groups:
        matches = [
            c
            for c in gazetteer.candidates(group.geonames_name)
            if c.place.id.startswith("gn:") and c.place.country == group.country
        ]
        if matches:
            target = max(matches, key=lambda c: (c.match == "exact", c.place.population)).place
            gazetteer.add_names(gazetteer._numbers[target.id], group.names)
    gazetteer.candidates.cache_clear()


def _add_countries(
    gazetteer: Gazetteer,
    curated: CuratedData,
    countries: dict[str, dict[str, Any]],
    index: geonames.GeoIndex,
) -> None:
    extra = {c["iso3"]: c for c in curated.countries}
    for code, row in countries.items():
        iso3 = row["iso3"]
        capital = _capital(gazetteer, code, row.get("capital", ""))
        if capital:
            gazetteer.capital_ids.add(capital.id)
            gazetteer.capital_of[iso3] = capital.id
        point = {"lat": capital.latitude, "lon": capital.longitude} if capital else {}
        centre = extra.get(iso3) or point
        place = Place(
            id=f"{COUNTRY_ID_PREFIX}{iso3}",
            name=row["name"],
            latitude=float(centre.get("lat", 0.0)),
            longitude=float(centre.get("lon", 0.0)),
            country=iso3,
            kind="country",
            population=int(row.get("population") or 0),
            is_area=True,
            geonames_id=row.get("geonameid"),
        )
        aliases = [row["name"], *_pycountry_names(code), *extra.get(iso3, {}).get("aliases", [])]
        gazetteer.add_country(place, aliases)


def _capital(gazetteer: Gazetteer, code: str, capital: str) -> Place | None:
    """The most populous GeoNames place of the capital's name in its country."""
    found = [
        cand.place
        for cand in (gazetteer.candidates(capital) if capital else ())
        if cand.place.id.startswith("gn:") and cand.place.country == gazetteer._iso3.get(code)
    ]
    return max(found, key=lambda p: p.population, default=None)


def _pycountry_names(alpha2: str) -> list[str]:
    country = pycountry.countries.get(alpha_2=alpha2)
    if country is None:
        return []
    return [
        getattr(country, attr)
        for attr in ("name", "common_name", "official_name")
        if hasattr(country, attr)
    ]
