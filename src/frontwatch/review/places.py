"""Teaching the gazetteer from review: a place name the machine did not know becomes another
spelling of a known place, or a new place at a point picked on the map, written to the place
overlay ``<review_overlay>/places.yaml``.

The file is written only if it passes ``kb check`` (read against the shipped gazetteer); later
runs add it to the gazetteer (``Settings.place_files``)."""

from __future__ import annotations

import hashlib
import math
import re
from pathlib import Path
from typing import Any

import yaml

from frontwatch.kb.places import Gazetteer, check_place_overlays, load_gazetteer
from frontwatch.records import Place
from frontwatch.review.model import ReviewError
from frontwatch.review.overlay import clean_text, write_checked

OVERLAY_FILE = "places.yaml"
HEADER = ("# Places taught in FrontWatch's review mode (frontwatch serve --review) or by\n"
          "# `frontwatch review teach --alias-of-place / --at`. Checked by `frontwatch kb check`;\n"
          "# loaded by every run.\n")
PROVENANCE = {"source": "analysts in FrontWatch's review mode", "licence": "as the analysts' own notes",
              "gaps": "only the places analysts taught"}
NEAREST_KM = 50.0  # a new place takes the country and province of a known town this close
ID_PREFIX = "taught-"
SEARCH_LIMIT = 10


def place_overlay_path(folder: str | Path) -> Path:
    return Path(folder) / OVERLAY_FILE


def teach_place_alias(folder: str | Path, place_id: str, name: str) -> dict[str, Any]:
    """Make ``name`` another spelling of the known place ``place_id`` (a gazetteer or taught id)."""
    name, place_id = clean_text(name, "name"), clean_text(place_id, "place")
    doc = _read_overlay(place_overlay_path(folder))
    entry = next((e for e in doc["place_aliases"] if e.get("place") == place_id), None)
    if entry is None:
        entry = {"place": place_id, "names": []}
        doc["place_aliases"].append(entry)
    if name not in entry["names"]:
        entry["names"] = [*entry["names"], name]
    _write(place_overlay_path(folder), doc)
    return entry


def teach_new_place(folder: str | Path, name: str, lat: Any, lon: Any, *, country: str = "",
                    kind: str = "populated_place") -> dict[str, Any]:
    """Add a place called ``name`` at (lat, lon); its country (unless given) and province are
    those of the nearest known town within NEAREST_KM."""
    name = clean_text(name, "name")
    latitude, longitude = _coordinate(lat, "lat", 90.0), _coordinate(lon, "lon", 180.0)
    nearest = _nearest_town(load_gazetteer(), latitude, longitude)
    country = country.strip().upper() or (nearest.country if nearest else "")
    if not country:
        raise ReviewError(f"no known town within {NEAREST_KM:.0f} km of ({latitude}, {longitude}): give the country "
                          "(ISO alpha-3)")
    entry: dict[str, Any] = {"id": place_id_for(name), "name": name, "kind": clean_text(kind, "kind"),
                             "country": country, "lat": round(latitude, 5), "lon": round(longitude, 5)}
    if nearest and nearest.country == country and nearest.admin1:
        entry["admin1"] = nearest.admin1
    doc = _read_overlay(place_overlay_path(folder))
    if any(e.get("id") == entry["id"] for e in doc["places"]):
        raise ReviewError(f"the overlay already has a place {name!r}: teach another spelling as an alias of "
                          f"fw:{entry['id']}")
    doc["places"].append(entry)
    _write(place_overlay_path(folder), doc)
    return {**entry, "id": f"fw:{entry['id']}"}


def place_id_for(name: str) -> str:
    """A readable id for a taught place ('Tell Kharaz' -> 'taught-tell-kharaz')."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")
    return ID_PREFIX + (slug or hashlib.sha256(name.encode("utf-8")).hexdigest()[:10])


def search_places(folder: str | Path, text: str) -> list[dict[str, Any]]:
    """Known places a name may mean: the gazetteer's matches (the one a run would choose first, then
    the most populous), then taught places whose name contains it."""
    text = " ".join(text.split())
    if not text:
        return []
    gazetteer = load_gazetteer()
    best = gazetteer.resolve_name(text)  # the place a run would choose for the bare name comes first
    ranked = sorted(gazetteer.candidates(text), key=lambda c: (not best or c.place.id != best[0].id,
                                                               -c.place.population))
    found = [_described(c.place, c.match) for c in ranked]
    taught = _read_overlay(place_overlay_path(folder))["places"]
    found += [{"id": f"fw:{e['id']}", "name": e["name"], "country": e.get("country", ""),
               "admin1": e.get("admin1", ""), "lat": e.get("lat"), "lon": e.get("lon"), "match": "taught"}
              for e in taught if text.casefold() in str(e.get("name", "")).casefold()]
    return found[:SEARCH_LIMIT]


def _described(place: Place, match: str) -> dict[str, Any]:
    return {"id": place.id, "name": place.name, "country": place.country, "admin1": place.admin1,
            "lat": place.latitude, "lon": place.longitude, "match": match}


def _coordinate(value: Any, name: str, bound: float) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ReviewError(f"{name} must be a number, not {value!r}") from None
    if not math.isfinite(number) or abs(number) > bound:
        raise ReviewError(f"{name} must be from {-bound:g} to {bound:g}, not {value!r}")
    return number


def _nearest_town(gazetteer: Gazetteer, lat: float, lon: float) -> Place | None:
    """The nearest populated place within NEAREST_KM, if any."""
    point = Place(id="", name="", latitude=lat, longitude=lon)
    near = [p for p in gazetteer.places()
            if p.kind == "populated_place" and abs(p.latitude - lat) < 1 and abs(p.longitude - lon) < 1.5]
    best = min(near, key=lambda p: Gazetteer.distance_km(point, p), default=None)
    return best if best and Gazetteer.distance_km(point, best) <= NEAREST_KM else None


def _read_overlay(path: Path) -> dict[str, list[dict[str, Any]]]:
    doc = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else {}
    if not isinstance(doc, dict):
        raise ReviewError(f"{path}: not a place overlay (expected 'places:' and 'place_aliases:'); fix or move it")
    return {key: [dict(e) for e in doc.get(key) or [] if isinstance(e, dict)] for key in ("places", "place_aliases")}


def _write(path: Path, doc: dict[str, list[dict[str, Any]]]) -> None:
    body = {**PROVENANCE, **{key: entries for key, entries in doc.items() if entries}}
    text = HEADER + yaml.safe_dump(body, sort_keys=False, allow_unicode=True)
    write_checked(path, text, lambda temporary: check_place_overlays([temporary]))
