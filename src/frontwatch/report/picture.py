"""The fused picture for a report: belligerents, main events, casualties, control, alliances.

Everything here is computed from fused events, the actor network and control
timelines, as of a date and for an optional region (governorate, country or place).
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from frontwatch.fuse.actors import ActorBook
from frontwatch.fuse.control import Timeline, controller_as_of, transitions
from frontwatch.fuse.network import LAPSE_DAYS, Change, changes_between, is_civilian
from frontwatch.fuse.tolls import distance_km
from frontwatch.records import Edge, FusedEvent, PlaceInfo, Tie

PERIOD_DAYS = 90
BELLIGERENT_TYPES = frozenset({"state", "state_forces", "state_agency", "armed_group"})
DRAWN_ACTORS = 30  # most active belligerents drawn in the network figure
THEATRE_KM = 800.0  # the map shows events this close to the median event
PARTNERS_SHOWN = 6


@dataclass
class Picture:
    start: dt.date | None
    end: dt.date | None
    book: ActorBook
    belligerents: list[dict[str, Any]] = field(default_factory=list)
    main_events: list[FusedEvent] = field(default_factory=list)
    located_events: list[FusedEvent] = field(default_factory=list)
    off_map: int = 0  # located events outside the theatre's countries, not drawn
    casualties: list[dict[str, Any]] = field(default_factory=list)
    changed_hands: list[dict[str, Any]] = field(default_factory=list)
    control_now: list[dict[str, Any]] = field(default_factory=list)
    alliance_changes: list[Change] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)  # drawn in the network figure
    network: list[Edge] = field(default_factory=list)  # every tie between belligerents as of the end
    period_events: list[FusedEvent] = field(default_factory=list)  # news touching [start, end]
    before: Before | None = None  # the period of the same length just before


@dataclass
class Before:
    """The period of the same length just before a picture's, to say what changed since."""

    start: dt.date
    end: dt.date
    changed_hands: list[dict[str, Any]] = field(default_factory=list)
    alliance_changes: list[Change] = field(default_factory=list)


def in_region(place: PlaceInfo, region: str | None) -> bool:
    if not region:
        return True
    wanted = region.casefold()
    return wanted in {place.admin1.casefold(), place.country.casefold(), (place.name or place.text).casefold()}


def picture_end(fused: list[FusedEvent], ties: list[Tie], as_of: dt.date | None) -> dt.date | None:
    """The day a picture is drawn as of: ``as_of``, else the latest dated fact."""
    return as_of or _latest(fused, ties)


def build_picture(fused: list[FusedEvent], ties: list[Tie], network: list[Edge], timelines: dict[str, Timeline],
                  book: ActorBook, *, end: dt.date | None, region: str | None, days: int = PERIOD_DAYS,
                  top: int = 15, network_before: list[Edge] | None = None) -> Picture:
    """The picture as of ``end`` (see :func:`picture_end`) over the ``days`` before it;
    ``network`` is the network's edges as of ``end``, ``network_before`` as of the day before
    the period (given, the picture says what changed in the period before too)."""
    start = end - dt.timedelta(days=days) if end else None
    scoped = [f for f in fused if in_region(f.place, region) and _dated_by(f, end)]
    news = [f for f in scoped if not f.background]
    picture = Picture(start, end, book)
    period = [f for f in news if start is None or (f.date_end and f.date_end >= start)]
    picture.period_events = period
    picture.main_events = sorted(period, key=lambda f: (-(f.killed_max or 0), -f.n_sources, f.date_start or dt.date.min))[:top]
    picture.located_events, picture.off_map = theatre([f for f in news if _drawable(f.place)])
    picture.casualties = casualties_by_month(news, book)
    scoped_timelines = [t for t in timelines.values() if in_region(t.place, region)]
    picture.changed_hands = changed_hands(scoped_timelines, start, end, book)
    picture.control_now = control_as_of(scoped_timelines, end, book)
    edges = picture.network = belligerent_edges(network, book)
    actors = _active_actors(news, edges if not region else [], book)
    picture.belligerents = belligerents(actors, news, edges, book, end)[:top * 2]
    drawn = {r["actor"] for r in picture.belligerents[:DRAWN_ACTORS]}
    picture.edges = [e for e in edges if e.source in drawn and e.target in drawn]
    changes = changes_between(ties, network, start, end) if start and end else []
    picture.alliance_changes = [c for c in changes if c.source in actors and c.target in actors]
    if start and network_before is not None:
        picture.before = period_before(ties, network_before, scoped_timelines, book, start, days, actors)
    return picture


def belligerent_edges(network: list[Edge], book: ActorBook) -> list[Edge]:
    return [e for e in network if is_belligerent(e.source, book) and is_belligerent(e.target, book)]


def period_before(ties: list[Tie], network: list[Edge], timelines: list[Timeline], book: ActorBook,
                  start: dt.date, days: int, actors: set[str]) -> Before:
    """Changes of hands and of ties in the ``days`` just before ``start``; ``network`` is the
    network as of the day before ``start``."""
    end = start - dt.timedelta(days=1)
    before = Before(end - dt.timedelta(days=days), end)
    before.changed_hands = changed_hands(timelines, before.start, end, book)
    changes = changes_between(ties, network, before.start, end)
    before.alliance_changes = [c for c in changes if c.source in actors and c.target in actors]
    return before


def _drawable(place: PlaceInfo) -> bool:
    """Located, and finer than a whole country (a country's centroid says nothing of where)."""
    return place.latitude is not None and place.longitude is not None and place.kind != "country"


def is_belligerent(actor: str, book: ActorBook) -> bool:
    """A party that can fight: a state or its forces and agencies, or an armed group."""
    return bool(actor) and not is_civilian(actor) and book.info(actor).type in BELLIGERENT_TYPES


def theatre(events: list[FusedEvent], *, radius_km: float = THEATRE_KM) -> tuple[list[FusedEvent], int]:
    """The events within ``radius_km`` of their median point (the war, not a Geneva meeting), and how many are not."""
    if not events:
        return [], 0
    centre = PlaceInfo(latitude=statistics.median(f.place.latitude for f in events),  # type: ignore[type-var]
                       longitude=statistics.median(f.place.longitude for f in events))  # type: ignore[type-var]
    inside = [f for f in events if distance_km(centre, f.place) <= radius_km]
    return inside, len(events) - len(inside)


def _latest(fused: list[FusedEvent], ties: list[Tie]) -> dt.date | None:
    dates = [f.date_end for f in fused if f.date_end] + [t.date for t in ties if t.date]
    return max(dates, default=None)


def _dated_by(event: FusedEvent, end: dt.date | None) -> bool:
    return end is None or event.date_start is None or event.date_start <= end


def _active_actors(events: list[FusedEvent], edges: list[Edge], book: ActorBook) -> set[str]:
    ids = {a for f in events for a in (f.source_actor, f.target_actor)}
    ids |= {a for e in edges for a in (e.source, e.target)}
    return {a for a in ids if is_belligerent(a, book)}


def belligerents(actors: set[str], events: list[FusedEvent], edges: list[Edge], book: ActorBook,
                 end: dt.date | None = None) -> list[dict[str, Any]]:
    """Each actor with its backers, allies, enemies and where it acts, most active first."""
    rows = [_belligerent(a, events, edges, book, end) for a in actors]
    return sorted(rows, key=lambda r: (-r["activity"], r["actor"]))


def _belligerent(actor: str, events: list[FusedEvent], edges: list[Edge], book: ActorBook,
                 end: dt.date | None) -> dict[str, Any]:
    own = [f for f in events if actor in (f.source_actor, f.target_actor)]
    mine = [e for e in edges if actor in (e.source, e.target)]
    regions = Counter(f.place.admin1 or f.place.country for f in own if f.place.admin1 or f.place.country)
    strongest = max(mine, key=lambda e: (e.evidence, e.last or dt.date.min), default=None)
    info = book.info(actor)

    def partners(kinds: tuple[str, ...]) -> str:
        return _names(book, [e for e in mine if e.kind in kinds], actor, end)

    return {
        "actor": actor, "name": info.name or actor, "type": info.type,
        "backers": _names(book, [e for e in mine if e.kind == "backs" and e.target == actor], actor, end),
        "backs": _names(book, [e for e in mine if e.kind == "backs" and e.source == actor], actor, end),
        "allies": partners(("allied", "cooperates", "member_of")),
        "enemies": partners(("fights",)),
        "region": ", ".join(r for r, _ in regions.most_common(3)),
        "activity": len(own) + sum(e.evidence for e in mine),
        "sentence": strongest.sentence if strongest else (own[-1].sentence if own else ""),
    }


def _names(book: ActorBook, edges: list[Edge], actor: str, end: dt.date | None) -> str:
    """Partners, those seen lately first; one not seen for LAPSE_DAYS before ``end`` says when it was."""
    recent: dict[str, Edge] = {}
    for edge in sorted(edges, key=lambda e: (-(e.last or dt.date.min).toordinal(), -e.evidence)):
        recent.setdefault(edge.target if edge.source == actor else edge.source, edge)
    names = []
    for other, edge in sorted(recent.items(), key=lambda kv: (_stale(kv[1], end), -kv[1].evidence, book.name(kv[0]))):
        names.append(f"{book.name(other)} (last seen {edge.last})" if _stale(edge, end) else book.name(other))
    extra = len(names) - PARTNERS_SHOWN
    return ", ".join(names[:PARTNERS_SHOWN]) + (f" (+{extra} more)" if extra > 0 else "")


def _stale(edge: Edge, end: dt.date | None) -> bool:
    return bool(end and edge.last and (end - edge.last).days > LAPSE_DAYS)


def casualties_by_month(events: list[FusedEvent], book: ActorBook) -> list[dict[str, Any]]:
    """Deaths per month and acting actor, counted once per fused event (lowest and highest report)."""
    cells: dict[tuple[str, str], list[FusedEvent]] = {}
    for event in events:
        if event.killed_max is not None and event.date_start:
            cells.setdefault((event.date_start.strftime("%Y-%m"), event.source_actor), []).append(event)
    rows = []
    for (month, actor), group in sorted(cells.items()):
        worst = max(group, key=lambda f: f.killed_max or 0)
        rows.append({"month": month, "actor": book.name(actor) if actor else "(unknown)",
                     "killed_min": sum(f.killed_min or 0 for f in group), "killed_max": sum(f.killed_max or 0 for f in group),
                     "civilians_max": sum(f.civilians_max or 0 for f in group), "events": len(group),
                     "sentence": worst.sentence})
    return rows


def changed_hands(timelines: list[Timeline], start: dt.date | None, end: dt.date | None, book: ActorBook) -> list[dict[str, Any]]:
    return [
        {"date": p.start, "place": t.place.name or t.place.text, "admin1": t.place.admin1,
         "from": book.name(previous), "to": book.name(p.controller) if p.controller else "(withdrawn)",
         "from_id": previous, "to_id": p.controller, "reports": len(p.claims),
         "sources": ", ".join(sorted({c.outlet for c in p.claims})), "conflict": p.conflict, "sentence": p.sentence,
         "lat": t.place.latitude, "lon": t.place.longitude}
        for t, p, previous in transitions(timelines, start, end)
    ]


def control_as_of(timelines: list[Timeline], date: dt.date | None, book: ActorBook) -> list[dict[str, Any]]:
    rows = []
    for timeline in timelines:
        period = controller_as_of(timeline, date) if date else (timeline.periods[-1] if timeline.periods else None)
        if period is not None:
            rows.append({"place": timeline.place.name or timeline.place.text, "admin1": timeline.place.admin1,
                         "controller": book.name(period.controller) if period.controller else "(none named)",
                         "since": period.start, "conflict": period.conflict, "sentence": period.sentence})
    return sorted(rows, key=lambda r: (r["admin1"], r["place"]))
