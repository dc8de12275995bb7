"""Inline SVG drawings for the offline HTML report: an event map and the actor network.

No external resources, no script: coordinates are projected here in Python, and every
piece of text from the data is escaped before it enters the markup.
"""

from __future__ import annotations

import math
from html import escape
from typing import Any

from frontwatch.fuse.actors import ActorBook
from frontwatch.records import Edge, FusedEvent
from frontwatch.report.basemap import outline_paths

WIDTH, HEIGHT, PAD = 760, 520, 40
MAX_RADIUS = 24.0  # px: a war's total toll must not cover the map
MAP_LABELS = 25
TYPE_COLOURS = {"ASSAULT": "#c0392b", "COERCE": "#8e44ad", "AID": "#27ae60", "SUPPORT": "#27ae60",
                "PROTEST": "#d35400", "MOBILIZE": "#7f8c8d"}
KIND_COLOURS = {"fights": "#c0392b", "backs": "#27ae60", "allied": "#2980b9", "cooperates": "#2980b9",
                "member_of": "#7f8c8d", "criticizes": "#e67e22", "leads": "#34495e"}


def _text(x: float, y: float, value: str, **attrs: Any) -> str:
    extra = "".join(f' {k.replace("_", "-")}="{escape(str(v))}"' for k, v in attrs.items())
    return f'<text x="{x:.1f}" y="{y:.1f}"{extra}>{escape(value)}</text>'


def _svg_open(width: float, height: float, label: str) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
            f'height="{height}" role="img" aria-label="{escape(label)}">')


class Projection:
    """Equirectangular projection fitted to a set of points, longitudes shrunk by cos(latitude)."""

    def __init__(self, points: list[tuple[float, float]]) -> None:
        lats = [p[0] for p in points]
        lons = [p[1] for p in points]
        self.lat0, self.lat1 = min(lats) - 0.3, max(lats) + 0.3
        self.lon0, self.lon1 = min(lons) - 0.3, max(lons) + 0.3
        self.kx = math.cos(math.radians((self.lat0 + self.lat1) / 2))
        span_x = (self.lon1 - self.lon0) * self.kx
        span_y = self.lat1 - self.lat0
        self.scale = min((WIDTH - 2 * PAD) / span_x, (HEIGHT - 2 * PAD) / span_y)

    def __call__(self, lat: float, lon: float) -> tuple[float, float]:
        return PAD + (lon - self.lon0) * self.kx * self.scale, HEIGHT - PAD - (lat - self.lat0) * self.scale


def event_map(events: list[FusedEvent], *, marks: list[dict[str, Any]] | None = None) -> str:
    """Events as circles (area ~ deaths), places that changed hands as squares."""
    marks = marks or []
    points = [(e.place.latitude, e.place.longitude) for e in events] + [(m["lat"], m["lon"]) for m in marks]
    if not points:
        return "<p>(no located events)</p>"
    project = Projection(points)
    parts = [_svg_open(WIDTH, HEIGHT, "map of events"),
             f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#dfe9f0" stroke="#bbb"/>',
             f'<clipPath id="map-frame"><rect width="{WIDTH}" height="{HEIGHT}"/></clipPath>',
             '<g clip-path="url(#map-frame)">',
             *outline_paths(project, (project.lat0, project.lat1, project.lon0, project.lon1)),
             "</g>", *_graticule(project)]
    ranked = sorted(events, key=lambda e: (-(e.killed_max or 0), -e.n_sources, e.id))
    labelled = _labelled(ranked)
    parts += [_event_dot(e, project, e.id in labelled) for e in ranked]
    parts += [_mark(m, project) for m in marks]
    parts.append("</svg>")
    return "\n".join(parts)


def _graticule(project: Projection) -> list[str]:
    lines = []
    span = max(project.lon1 - project.lon0, project.lat1 - project.lat0)
    step = 1 if span <= 12 else 5 if span <= 60 else 20
    for lon in range(math.ceil(project.lon0 / step) * step, math.floor(project.lon1) + 1, step):
        x, _ = project(project.lat0, lon)
        lines.append(f'<line x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{HEIGHT}" stroke="#ccc" stroke-dasharray="2,3"/>'
                     + _text(x + 2, HEIGHT - 4, f"{lon}°E", font_size=10, fill="#999"))
    for lat in range(math.ceil(project.lat0 / step) * step, math.floor(project.lat1) + 1, step):
        _, y = project(lat, project.lon0)
        lines.append(f'<line x1="0" y1="{y:.1f}" x2="{WIDTH}" y2="{y:.1f}" stroke="#ddd"/>'
                     + _text(2, y - 2, f"{lat}°N", font_size=10, fill="#999"))
    return lines


def _labelled(ranked: list[FusedEvent]) -> set[str]:
    """Ids of the events whose place is named on the map: one per place, the gravest first."""
    chosen: dict[str, str] = {}
    for event in ranked:
        if len(chosen) >= MAP_LABELS:
            break
        chosen.setdefault(event.place.name or event.place.text, event.id)
    return set(chosen.values())


def _event_dot(event: FusedEvent, project: Projection, label: bool) -> str:
    x, y = project(event.place.latitude, event.place.longitude)  # type: ignore[arg-type]
    radius = min(4 + 2 * math.sqrt(event.killed_max or 0), MAX_RADIUS)
    colour = TYPE_COLOURS.get(event.type, "#555")
    title = (f"{event.date_start} {event.type} {event.mode} {event.source_actor}→{event.target_actor} at "
             f"{event.place.name}; killed {event.killed_min}-{event.killed_max}; {event.n_sources} source(s). "
             f"{event.sentence}")
    return (f'<g><title>{escape(title)}</title><circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}" fill="{colour}" '
            f'fill-opacity="0.45" stroke="{colour}"/>{_text(x + radius + 2, y + 4, event.place.name, font_size=11) if label else ""}</g>')


def _mark(mark: dict[str, Any], project: Projection) -> str:
    x, y = project(mark["lat"], mark["lon"])
    return (f'<g><title>{escape(mark["title"])}</title><rect x="{x - 5:.1f}" y="{y - 5:.1f}" width="10" height="10" '
            f'fill="none" stroke="#2c3e50" stroke-width="2"/>{_text(x + 8, y + 4, mark.get("label", ""), font_size=11)}</g>')


def network_drawing(edges: list[Edge], book: ActorBook, *, size: int = 560, margin: int = 130) -> str:
    """Actors on a circle, ties as lines coloured by kind (parallel ties bent apart), width by evidence."""
    nodes = sorted({a for e in edges for a in (e.source, e.target)})
    if not nodes:
        return "<p>(no relations)</p>"
    width, centre, radius = size + 2 * margin, size / 2, size / 2 - 60
    spot = {n: (margin + centre + radius * math.cos(2 * math.pi * i / len(nodes) - math.pi / 2),
                centre + radius * math.sin(2 * math.pi * i / len(nodes) - math.pi / 2)) for i, n in enumerate(nodes)}
    parts = [_svg_open(width, size, "actor network"), f'<rect width="{width}" height="{size}" fill="#fcfcfc" stroke="#bbb"/>']
    parts += [_edge_path(e, spot, bend) for e, bend in _bends(edges)]
    for node, (x, y) in spot.items():
        anchor = "start" if x >= margin + centre else "end"
        parts.append(f'<g><title>{escape(book.name(node))} ({escape(node)})</title>'
                     f'<circle cx="{x:.1f}" cy="{y:.1f}" r="6" fill="#34495e"/>'
                     f'{_text(x + (9 if anchor == "start" else -9), y + 4, book.name(node), font_size=11, text_anchor=anchor)}</g>')
    parts.append(_legend())
    parts.append("</svg>")
    return "\n".join(parts)


def _bends(edges: list[Edge]) -> list[tuple[Edge, float]]:
    """Each edge with a sideways offset, so several ties between one pair stay visible."""
    pairs: dict[tuple[str, ...], list[Edge]] = {}
    for edge in edges:
        pairs.setdefault(tuple(sorted((edge.source, edge.target))), []).append(edge)
    return [(e, (i - (len(group) - 1) / 2) * 22) for group in pairs.values() for i, e in enumerate(group)]


def _edge_path(edge: Edge, spot: dict[str, tuple[float, float]], bend: float) -> str:
    (x1, y1), (x2, y2) = sorted([spot[edge.source], spot[edge.target]])
    length = math.hypot(x2 - x1, y2 - y1) or 1.0
    cx, cy = (x1 + x2) / 2 - bend * (y2 - y1) / length, (y1 + y2) / 2 + bend * (x2 - x1) / length
    colour = KIND_COLOURS.get(edge.kind, "#999")
    width = 1 + math.log2(edge.evidence + 1)
    dash = ' stroke-dasharray="5,3"' if edge.kind == "criticizes" else ""
    title = f"{edge.source} {edge.kind} {edge.target}: {edge.evidence} evidence, {edge.first}–{edge.last}. {edge.sentence}"
    return (f'<g><title>{escape(title)}</title><path d="M{x1:.1f},{y1:.1f} Q{cx:.1f},{cy:.1f} {x2:.1f},{y2:.1f}" '
            f'fill="none" stroke="{colour}" stroke-width="{width:.1f}" stroke-opacity="0.75"{dash}/></g>')


def _legend() -> str:
    rows = [f'<rect x="8" y="{8 + 14 * i}" width="10" height="4" fill="{c}"/>'
            + _text(22, 14 + 14 * i, kind, font_size=10) for i, (kind, c) in enumerate(KIND_COLOURS.items())]
    return "<g>" + "".join(rows) + "</g>"
