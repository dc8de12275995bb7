"""The curated place files shipped in ``data/``: read, validate, turn into records.

Every problem is reported at once as ``file:line: field: message``; loading raises
:class:`~frontwatch.errors.InvalidKnowledgeBase` if there is any.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import yaml

from frontwatch.errors import InvalidKnowledgeBase
from frontwatch.records import Place

PLACE_FILES = (
    "admin1.yaml",
    "sites.yaml",
    "regions.yaml",
    "towns.yaml",
    "installations.yaml",
    "districts.yaml",
    "terrain.yaml",
    "villages.yaml",
    "seats.yaml",
)
# Files written entry by entry from named references: each entry says which ("source").
SOURCED_FILES = frozenset(
    {"installations.yaml", "districts.yaml", "terrain.yaml", "villages.yaml", "seats.yaml"}
)
COUNTRY_FILE = "countries.yaml"
NOT_PLACES_FILE = "not_places.yaml"
AREA_KINDS = frozenset({"admin1", "region", "river", "district", "country", "mountain", "valley"})
# Installations: one point each (a base, a camp, a prison, an oil or gas field).
SITE_KINDS = frozenset({"crossing", "airbase", "dam", "base", "camp", "prison", "oil_field"})
KINDS = frozenset({"populated_place", *SITE_KINDS, *AREA_KINDS})
ALL_FILES = (*PLACE_FILES, COUNTRY_FILE, NOT_PLACES_FILE)
HEADER_FIELDS = ("source", "licence", "gaps")
LINE = "__line__"
ISO3_LENGTH = 3


@dataclass(slots=True)
class CuratedPlace:
    """A curated place with the spellings it is known by."""

    place: Place
    aliases: list[str]
    geonames_admin1: str = ""  # "SY.09" for governorates


@dataclass(slots=True)
class AliasGroup:
    """Spellings to attach to a GeoNames place found by name and country."""

    geonames_name: str
    country: str
    names: list[str]
    origin: str = ""


@dataclass(slots=True)
class CuratedData:
    places: list[CuratedPlace] = field(default_factory=list)
    alias_groups: list[AliasGroup] = field(default_factory=list)
    admin1_codes: dict[str, str] = field(default_factory=dict)  # "LB.04" -> "Beirut"
    countries: list[dict[str, Any]] = field(default_factory=list)
    not_places: dict[str, str] = field(default_factory=dict)  # name -> why it is not resolved
    demonyms: dict[str, str] = field(default_factory=dict)  # "Iraqi" -> "IRQ"


_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    """SafeLoader that records each mapping's line number under ``__line__``."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        mapping: dict[Any, Any] = super().construct_mapping(node, deep=deep)
        mapping[LINE] = node.start_mark.line + 1
        return mapping


def read_data_file(name: str) -> dict[str, Any]:
    """A shipped data file: always a mapping."""
    doc: dict[str, Any] = parse_text(
        resources.files("frontwatch.kb.places").joinpath("data", name).read_text("utf-8")
    )
    return doc


def parse_text(text: str) -> Any:
    """One data file's YAML, each mapping carrying its ``__line__`` (a user's file may hold
    a list or a bare word instead of a mapping: the caller checks)."""
    return yaml.load(text, Loader=_LineLoader) or {}


def load_curated(*, docs: dict[str, dict[str, Any]] | None = None) -> CuratedData:
    """All curated files (or the given parsed ones, by file name), validated together."""
    data, problems = CuratedData(), []
    if docs is None:
        docs = {name: read_data_file(name) for name in ALL_FILES}
    docs = {name: docs.get(name) or {} for name in ALL_FILES}
    for name, doc in docs.items():
        problems += check_header(name, doc)
        data.admin1_codes.update(
            {k: v for k, v in (doc.get("geonames_admin1") or {}).items() if k != LINE}
        )
    for name in PLACE_FILES:
        for entry in docs[name].get("places") or []:
            place, errors = parse_place(name, entry)
            problems += errors
            if place:
                data.places.append(place)
        data.alias_groups += [
            parse_alias_group(name, e) for e in docs[name].get("aliases_for") or []
        ]
    data.countries = list(docs[COUNTRY_FILE].get("countries") or [])
    data.demonyms, errors = read_demonyms(docs[COUNTRY_FILE].get("demonyms") or {})
    problems += errors
    data.not_places = read_not_places(docs[NOT_PLACES_FILE])
    data.admin1_codes.update(
        {p.geonames_admin1: p.place.admin1 for p in data.places if p.geonames_admin1}
    )
    problems += check_consistency(data)
    if problems:
        raise InvalidKnowledgeBase("\n".join(problems))
    return data


def read_demonyms(raw: dict[Any, Any]) -> tuple[dict[str, str], list[str]]:
    """countries.yaml's ``demonyms``: ISO3 -> the adjectives the press names it by."""
    found: dict[str, str] = {}
    problems: list[str] = []
    for iso3, words in raw.items():
        if iso3 == LINE:
            continue
        if not (isinstance(iso3, str) and len(iso3) == ISO3_LENGTH and iso3.isupper()):
            problems.append(f"{COUNTRY_FILE}: demonyms: {iso3!r} is not an ISO3 code")
        elif not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            problems.append(f"{COUNTRY_FILE}: demonyms: {iso3}: not a list of words")
        else:
            found.update({word: iso3 for word in words})
    return found, problems


QUARTER_REASON = "a quarter of the town the text names"


def read_not_places(doc: dict[str, Any]) -> dict[str, str]:
    reasons = {
        "personal_names": "a personal name",
        "vague_areas": "a vague or supranational area",
        "town_quarters": QUARTER_REASON,
    }
    return {str(name): why for key, why in reasons.items() for name in doc.get(key) or []}


def check_header(name: str, doc: dict[str, Any]) -> list[str]:
    return [f"{name}:1: {key}: header field missing" for key in HEADER_FIELDS if not doc.get(key)]


def parse_place(name: str, entry: dict[str, Any]) -> tuple[CuratedPlace | None, list[str]]:
    where = f"{name}:{entry.get(LINE, '?')}"
    problems = [
        f"{where}: {key}: required"
        for key in ("id", "name", "kind", "country", "lat", "lon")
        if entry.get(key) in (None, "")
    ]
    if name in SOURCED_FILES and not isinstance(entry.get("source"), str):
        problems.append(f"{where}: source: required (the reference the entry was checked against)")
    if problems:
        return None, problems
    kind = entry["kind"]
    if kind not in KINDS:
        problems.append(f"{where}: kind: {kind!r} is not one of {sorted(KINDS)}")
    lat, lon = entry["lat"], entry["lon"]
    if not (
        isinstance(lat, int | float)
        and -90 <= lat <= 90
        and isinstance(lon, int | float)
        and -180 <= lon <= 180
    ):
        problems.append(f"{where}: lat/lon: not a coordinate ({lat!r}, {lon!r})")
        return None, problems
    admin1 = entry["name"] if kind == "admin1" else entry.get("admin1", "")
    place = Place(
        id=f"fw:{entry['id']}",
        name=entry["name"],
        latitude=float(lat),
        longitude=float(lon),
        country=entry["country"],
        admin1=admin1,
        admin2=entry.get("admin2", ""),
        kind=kind,
        geonames_id=entry.get("geonames_id"),
        is_area=kind in AREA_KINDS,
    )
    aliases = [str(a) for a in entry.get("aliases") or []]
    return CuratedPlace(place, aliases, entry.get("geonames_admin1", "")), problems


def parse_alias_group(name: str, entry: dict[str, Any]) -> AliasGroup:
    return AliasGroup(
        geonames_name=str(entry.get("geonames", "")),
        country=str(entry.get("country", "")),
        names=[str(n) for n in entry.get("names") or []],
        origin=f"{name}:{entry.get(LINE, '?')}",
    )


def check_consistency(data: CuratedData) -> list[str]:
    """Duplicate ids, and admin1 values that name no known governorate."""
    problems, seen = [], set()
    known_admin1 = set(data.admin1_codes.values())
    for item in data.places:
        place = item.place
        if place.id in seen:
            problems.append(f"{place.id}: id: duplicate")
        seen.add(place.id)
        if place.admin1 and place.admin1 not in known_admin1:
            problems.append(f"{place.id}: admin1: {place.admin1!r} is not a known admin1 name")
    return problems
