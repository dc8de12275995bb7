"""Country outlines for the offline report map, from the vendored Natural Earth TopoJSON.

The web interface's install step vendors world-atlas (Natural Earth, public domain)
into serve/static/vendor/; the report reuses that file so that it, too, draws
borders with no network. Without the file the map keeps its graticule only.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from functools import lru_cache
from importlib import resources
from typing import Any

Ring = list[tuple[float, float]]  # (lon, lat)
ATLAS = ("frontwatch.serve", "static/vendor/world-atlas/countries-50m.json")


@lru_cache(maxsize=1)
def country_rings() -> tuple[Ring, ...]:
    """Every country's polygon rings as (lon, lat) lists; empty if the atlas is not installed."""
    try:
        raw = resources.files(ATLAS[0]).joinpath(ATLAS[1]).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        return ()
    topology = json.loads(raw)
    arcs = _decoded_arcs(topology)
    rings: list[Ring] = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        rings.extend(_rings_of(geometry, arcs))
    return tuple(rings)


def _decoded_arcs(topology: dict[str, Any]) -> list[Ring]:
    """TopoJSON arcs are delta-encoded integers; undo the encoding and the quantisation."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    decoded = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        decoded.append(points)
    return decoded


def _rings_of(geometry: dict[str, Any], arcs: list[Ring]) -> Iterator[Ring]:
    # keyed by the geometry's "type": one with none (None) has no polygons
    polygons: dict[str | None, list[Any]] = {
        "Polygon": [geometry.get("arcs", [])],
        "MultiPolygon": geometry.get("arcs", []),
    }
    for polygon in polygons.get(geometry.get("type"), []):
        for ring_arcs in polygon:
            ring: Ring = []
            for index in ring_arcs:
                points = arcs[index] if index >= 0 else arcs[~index][::-1]
                ring.extend(points[1:] if ring else points)
            yield ring


def outline_paths(project: Callable[[float, float], tuple[float, float]],
                  bounds: tuple[float, float, float, float]) -> list[str]:
    """SVG paths of the country rings that touch ``bounds`` (lat0, lat1, lon0, lon1)."""
    lat0, lat1, lon0, lon1 = bounds
    paths = []
    for ring in country_rings():
        if not any(lat0 - 2 <= lat <= lat1 + 2 and lon0 - 2 <= lon <= lon1 + 2 for lon, lat in ring):
            continue
        points = " ".join("{:.1f},{:.1f}".format(*project(lat, lon)) for lon, lat in ring)
        paths.append(f'<polygon points="{points}" fill="#ecebe4" stroke="#a9a9a0" stroke-width="0.7"/>')
    return paths
