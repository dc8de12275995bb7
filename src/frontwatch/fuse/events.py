"""Fuse reports of the same event from several articles into one event.

Reports from different articles are of the same event when they agree on the type, their actors are
compatible (see :class:`ActorBook`), their places are within ``max_km`` (or share a
governorate when one is only an area), and their dates overlap within each one's
precision (day ±1, week ±6 days, the month, the year). Every report is kept, with its
sentence. Reports that agree on type, place and date but name the actors the other
way round, or whose death tolls differ by more than 20%, are fused and flagged: the
contradiction stays visible, with both values.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import heapq
import itertools
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from frontwatch.fuse.actors import ActorBook
from frontwatch.fuse.tolls import TWIN_DAYS, distance_km, kinds_differ, toll_twins
from frontwatch.records import FusedEvent, PlaceInfo, Report

MAX_KM = 25.0
CASUALTY_TOLERANCE = 0.2
PRECISION_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3}
# How far before its date the window of any clustered date may start (a month: from the
# 31st back to the 1st); "year" dates are never clustered. Streaming fusion keeps a
# cluster open until the day being read is this far past its members' windows.
MAX_REACH_DAYS = 30


def fuse_reports(reports: Iterable[Report], book: ActorBook | None = None, *, max_km: float = MAX_KM) -> list[FusedEvent]:
    """Group reports into fused events, all held at once; the result is ordered by date, then id."""
    ordered = sorted(reports, key=_report_order)
    fused = fuse_in_date_order(ordered, book or ActorBook(), max_km=max_km, reach_days=None)
    return sorted(fused, key=lambda f: (f.date_start or dt.date.max, f.id))


def fuse_in_date_order(
    reports: Iterable[Report], book: ActorBook, *, max_km: float = MAX_KM, reach_days: int | None = MAX_REACH_DAYS
) -> Iterator[FusedEvent]:
    """Fused events from reports given in date order (undated last), each yielded once complete.

    A cluster is complete once every member's date window ends more than ``reach_days``
    before the day being read: no later report's window can reach back to it, so it
    can never match again. Only open clusters are held, so memory follows the reports
    of a few weeks, not the store. ``reach_days=None`` holds everything to the end.
    """
    open_by_type: dict[str, _OpenClusters] = {}
    for day, same_day in _days_in_order(reports):
        if day is not None and reach_days is not None:
            horizon = _days_before(day, reach_days)
            for clusters in open_by_type.values():
                yield from (build_fused(c, book) for c in clusters.close_before(horizon))
        for report in same_day:
            if report.date is None or report.precision == "year":
                yield build_fused([report], book)  # too vague to place in time: never fused
                continue
            open_by_type.setdefault(report.type, _OpenClusters(book, max_km)).add(report)
    for clusters in open_by_type.values():
        yield from (build_fused(c, book) for c in clusters.close_all())


def _report_order(report: Report) -> tuple[dt.date, str, str]:
    return report.date or dt.date.max, report.article_id, report.event_id


def _days_in_order(reports: Iterable[Report]) -> Iterator[tuple[dt.date | None, Iterable[Report]]]:
    """Reports by day, each day's in (article, event) order; refuses reports out of date order."""
    previous: dt.date | None = None
    for number, (day, group) in enumerate(itertools.groupby(reports, key=lambda r: r.date)):
        if number and (previous is None or (day is not None and day < previous)):
            raise ValueError(f"reports out of date order: {day} after {previous}")
        previous = day
        # Undated reports are never fused, so their order does not matter and they are not held.
        yield day, (sorted(group, key=_report_order) if day is not None else group)


def _days_before(day: dt.date, days: int) -> dt.date:
    return day - dt.timedelta(days=days) if day.toordinal() > days else dt.date.min


class _OpenClusters:
    """The clusters of one event type that later reports may still join.

    Greedy, in date order: a report joins the first (oldest) cluster all of whose members
    it matches. Clusters are filed under place keys (id, grid cell, governorate) times
    week buckets of their members' date windows, so a report is compared only with
    clusters near it in space and time.
    """

    def __init__(self, book: ActorBook, max_km: float) -> None:
        self.book, self.max_km = book, max_km
        self.members: dict[int, list[Report]] = {}
        self.index: dict[tuple[Any, ...], list[int]] = {}
        self.filed: dict[int, list[tuple[Any, ...]]] = {}  # a cluster's index keys, to unfile it when done
        self.last_day: dict[int, dt.date] = {}  # the latest day any member's window reaches
        self.by_last_day: list[tuple[dt.date, int]] = []  # heap; stale entries are skipped
        self.created = 0
        self.tolled: dict[tuple[Any, ...], list[Report]] = {}  # reports with a toll by week and by article
        self.home_of: dict[tuple[str, str], int] = {}  # (article, event) -> its cluster

    def add(self, report: Report) -> None:
        weeks = _weeks(report)
        keys = [(*k, w) for k in [*_lookup_keys(report.place, self.max_km), *_toll_keys(report)] for w in weeks]
        candidates = sorted({i for key in keys for i in self.index.get(key, ())})
        home = next((i for i in candidates
                     if all(same_event(m, report, self.book, self.max_km) for m in self.members[i])), None)
        twins = self._twin_clusters(report)
        if home is None and twins:
            home = twins[0]
        if home is None:
            home, self.created = self.created, self.created + 1
            self.members[home], self.filed[home] = [], []
        for other in twins:
            if other != home:
                self._merge(other, home)
        self.members[home].append(report)
        self.home_of[_key(report)] = home
        for key in _twin_keys(report):
            self.tolled.setdefault(key, []).append(report)
        self._file(home, report, weeks)

    def _twin_clusters(self, report: Report) -> list[int]:
        """Open clusters holding a report whose toll counts the same dead (see :mod:`.tolls`)."""
        if not report.killed or report.date is None:
            return []
        near = [self.tolled.get(key, []) for key in _twin_lookup_keys(report)]
        return sorted({self.home_of[_key(r)] for rs in near for r in rs if toll_twins(r, report, self.book)})

    def _file(self, home: int, report: Report, weeks: range) -> None:
        """File cluster ``home`` under ``report``'s place and toll keys, and extend its reach."""
        for key in ((*k, w) for k in [*_index_keys(report.place, self.max_km), *_toll_keys(report)] for w in weeks):
            filed = self.index.setdefault(key, [])
            if home not in filed:
                filed.append(home)
                self.filed[home].append(key)
        reach = date_window(report.date, report.precision)[1]  # type: ignore[arg-type]
        if reach > self.last_day.get(home, dt.date.min):
            self.last_day[home] = reach
            heapq.heappush(self.by_last_day, (reach, home))

    def _merge(self, other: int, home: int) -> None:
        """Move every report of cluster ``other`` into ``home`` (a toll twin bridged them)."""
        moved = self.members[other]
        self._remove(other, forget=False)
        for report in moved:
            self.members[home].append(report)
            self.home_of[_key(report)] = home
            self._file(home, report, _weeks(report))

    def close_before(self, horizon: dt.date) -> Iterator[list[Report]]:
        """Remove and yield the clusters whose members' windows all end before ``horizon``."""
        while self.by_last_day and self.by_last_day[0][0] < horizon:
            reach, home = heapq.heappop(self.by_last_day)
            if self.last_day.get(home) == reach:
                yield self._remove(home)

    def close_all(self) -> Iterator[list[Report]]:
        for home in sorted(self.members):
            yield self._remove(home)

    def _remove(self, home: int, *, forget: bool = True) -> list[Report]:
        """Unfile cluster ``home``; ``forget`` also drops its reports from the toll-twin index."""
        if forget:
            for report in self.members[home]:
                del self.home_of[_key(report)]
                for key in _twin_keys(report):
                    self.tolled[key].remove(report)
        for key in self.filed.pop(home):
            filed = self.index[key]
            filed.remove(home)
            if not filed:
                del self.index[key]
        del self.last_day[home]
        return self.members.pop(home)


def _key(report: Report) -> tuple[str, str]:
    return report.article_id, report.event_id


def _twin_keys(report: Report) -> list[tuple[Any, ...]]:
    """Where a report with a toll is filed for :func:`toll_twins`: its week, and its article's figure
    (a figure retold in one article may be dated weeks apart, by the attack and by the article)."""
    if not report.killed or report.date is None:
        return []
    return [("week", report.date.toordinal() // 7), ("article", report.article_id, report.killed)]


def _twin_lookup_keys(report: Report) -> list[tuple[Any, ...]]:
    day = report.date.toordinal()  # type: ignore[union-attr]
    weeks = range((day - TWIN_DAYS) // 7, (day + TWIN_DAYS) // 7 + 1)
    return [*(("week", w) for w in weeks), ("article", report.article_id, report.killed)]


def _weeks(report: Report) -> range:
    lo, hi = date_window(report.date, report.precision)  # type: ignore[arg-type]
    return range(lo.toordinal() // 7, hi.toordinal() // 7 + 1)


def _cell(place: PlaceInfo, max_km: float) -> tuple[int, int] | None:
    if place.latitude is None or place.longitude is None:
        return None
    size = max(max_km / 80.0, 0.01)  # degrees: a cell is at least max_km wide up to about 40° latitude
    return int(place.latitude // size), int(place.longitude // size)


def _toll_keys(report: Report) -> list[tuple[Any, ...]]:
    """An article's stated toll files its report by the figure too, so the same toll retold
    later in the article without a place ("losses totalled 304") finds the act it counts."""
    return [("toll", report.article_id, report.killed)] if report.killed else []


def _index_keys(place: PlaceInfo, max_km: float) -> list[tuple[Any, ...]]:
    """Keys a cluster holding this place is filed under."""
    if not place.id:
        return [("text", place.text.casefold())]
    keys: list[tuple[Any, ...]] = [("id", place.id)]
    if place.is_area:
        return [*keys, ("area", place.country, place.admin1)]
    cell = _cell(place, max_km)
    return keys + [("point", place.country, place.admin1)] + ([("cell", *cell)] if cell else [])


def _lookup_keys(place: PlaceInfo, max_km: float) -> list[tuple[Any, ...]]:
    """Keys under which a cluster this place may join is filed."""
    if not place.id:
        return [("text", place.text.casefold())]
    keys: list[tuple[Any, ...]] = [("id", place.id), ("area", place.country, place.admin1)]
    if place.is_area:
        return [*keys, ("point", place.country, place.admin1)]
    cell = _cell(place, max_km)
    if cell is None:
        return keys
    return keys + [("cell", cell[0] + dy, cell[1] + dx) for dy in (-1, 0, 1) for dx in (-1, 0, 1)]


def same_event(a: Report, b: Report, book: ActorBook, max_km: float = MAX_KM) -> bool:
    """True when ``a`` and ``b`` can be two accounts of one event.

    Two reports from one article are one event only when they repeat each other (same
    actors, place, date and toll): an article that tells of several strikes in a city
    on one day tells of several events. Reports whose modes name different kinds of act
    (ACLED sub-event types: a car bomb, an air strike) are two attacks.
    """
    if a.article_id == b.article_id:
        return _repeats(a, b)
    return (a.type == b.type and not kinds_differ(a, b) and dates_agree(a, b)
            and places_agree(a.place, b.place, max_km) and actor_agreement(a, b, book) != "different")


def _repeats(a: Report, b: Report) -> bool:
    """Same act, actors, date and toll, and the same place -- or, for a stated toll, no place
    in one of them: a figure retold without its place is the same count, not a second act."""
    if (a.type, a.source_actor, a.target_actor, a.date, a.killed) != (
            b.type, b.source_actor, b.target_actor, b.date, b.killed):
        return False
    if (a.place.id, a.place.text) == (b.place.id, b.place.text):
        return True
    return bool(a.killed) and not (_has_place(a.place) and _has_place(b.place))


def _has_place(place: PlaceInfo) -> bool:
    return bool(place.id or place.text)


def date_window(date: dt.date, precision: str | None) -> tuple[dt.date, dt.date]:
    """The days a date of this precision may stand for."""
    if precision == "week":
        return date - dt.timedelta(days=6), date + dt.timedelta(days=6)
    if precision == "month":
        last = calendar.monthrange(date.year, date.month)[1]
        return date.replace(day=1), date.replace(day=last)
    if precision == "year":
        return dt.date(date.year, 1, 1), dt.date(date.year, 12, 31)
    return date - dt.timedelta(days=1), date + dt.timedelta(days=1)


def dates_agree(a: Report, b: Report) -> bool:
    if a.date is None or b.date is None:
        return False
    lo_a, hi_a = date_window(a.date, a.precision)
    lo_b, hi_b = date_window(b.date, b.precision)
    return lo_a <= hi_b and lo_b <= hi_a


def places_agree(a: PlaceInfo, b: PlaceInfo, max_km: float = MAX_KM) -> bool:
    """Same place id; points within ``max_km``; an area and anything in its governorate."""
    if a.id and a.id == b.id:
        return True
    if not a.id or not b.id:
        return not a.id and not b.id and bool(a.text) and a.text.casefold() == b.text.casefold()
    if a.is_area or b.is_area:
        return bool(a.admin1) and a.admin1 == b.admin1 and a.country == b.country
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return False
    return distance_km(a, b) <= max_km


def actor_agreement(a: Report, b: Report, book: ActorBook) -> str:
    """'same', 'reversed' (each names the other's attacker as the target) or 'different'."""
    if book.compatible(a.source_actor, b.source_actor) and book.compatible(a.target_actor, b.target_actor):
        return "same"
    named = all(not book.is_generic(x) for x in (a.source_actor, a.target_actor, b.source_actor, b.target_actor))
    if named and book.compatible(a.source_actor, b.target_actor) and book.compatible(a.target_actor, b.source_actor):
        return "reversed"
    return "different"


def build_fused(reports: Sequence[Report], book: ActorBook) -> FusedEvent:
    """One fused event from a cluster of reports."""
    first = reports[0]
    along = [r for r in reports if actor_agreement(first, r, book) == "same"]
    killed = _span(r.killed for r in reports)
    civilians = _span(r.civilians for r in reports)
    n_sources = len({r.outlet for r in reports})
    note = contradiction_note(reports, book)
    dates = [r.date for r in reports if r.date]
    return FusedEvent(
        id=fused_id(reports), type=first.type, mode=_most_common(r.mode for r in reports),
        source_actor=book.most_specific([r.source_actor for r in along]),
        target_actor=book.most_specific([r.target_actor for r in along]),
        place=_best_place(reports), date_start=min(dates, default=None), date_end=max(dates, default=None),
        precision=min((r.precision for r in reports if r.precision), key=lambda p: PRECISION_ORDER.get(p, 9), default=None),
        killed_min=killed[0], killed_max=killed[1], killed_best=best_estimate(r.killed for r in reports), civilians_min=civilians[0], civilians_max=civilians[1],
        n_sources=n_sources, n_reports=len(reports), confidence=confidence(n_sources, bool(note)),
        contradiction=note, actors=sorted({x for r in reports for x in (r.source_actor, r.target_actor) if x}),
        reports=list(reports),
    )


def confidence(n_sources: int, contradicted: bool) -> float:
    """1 - 0.5^n over independent outlets (0.5, 0.75, 0.88...), a fifth less when contradicted."""
    value = 1 - 0.5 ** max(n_sources, 1)
    return round(value * (0.8 if contradicted else 1.0), 3)


def contradiction_note(reports: Sequence[Report], book: ActorBook) -> str:
    notes = [_actors_note(reports, book), _count_note("killed", reports), _count_note("civilians", reports)]
    return "; ".join(n for n in notes if n)


def _actors_note(reports: Sequence[Report], book: ActorBook) -> str:
    """Reports naming the sides the other way round, or other sides: toll twins (see
    :mod:`.tolls`) join reports whatever actors they guess, and the disagreement stays visible."""
    first = reports[0]
    other = next((r for r in reports if actor_agreement(first, r, book) != "same"), None)
    if other is None:
        return ""
    return (f"actors disagree: {first.source_actor}→{first.target_actor} ({first.outlet}) vs "
            f"{other.source_actor}→{other.target_actor} ({other.outlet})")


def _count_note(name: str, reports: Sequence[Report]) -> str:
    told = [(getattr(r, name), r.outlet) for r in reports if getattr(r, name) is not None]
    if len(told) < 2:
        return ""
    low, high = min(told), max(told)
    if high[0] == 0 or (high[0] - low[0]) / high[0] <= CASUALTY_TOLERANCE:
        return ""
    return f"{name} disagree: {low[0]} ({low[1]}) vs {high[0]} ({high[1]})"


def fused_id(reports: Sequence[Report]) -> str:
    keys = sorted(f"{r.article_id}/{r.event_id}" for r in reports)
    return "fe_" + hashlib.sha256("|".join(keys).encode("utf-8")).hexdigest()[:16]


def _span(values: Iterable[int | None]) -> tuple[int | None, int | None]:
    known = [v for v in values if v is not None]
    return (min(known), max(known)) if known else (None, None)


def best_estimate(values: Iterable[int | None]) -> int | None:
    """UCDP-style best estimate among differing tolls: the (lower) median of the reported
    figures, so one outlier report moves it least; the low and high are the extremes."""
    known = sorted(v for v in values if v is not None)
    return known[(len(known) - 1) // 2] if known else None


def _most_common(values: Iterable[str]) -> str:
    counts = Counter(v for v in values if v)
    return max(sorted(counts), key=counts.__getitem__) if counts else ""


def _best_place(reports: Sequence[Report]) -> PlaceInfo:
    """The most often named point place, else the most often named area, else no place."""
    places = ([r.place for r in reports if r.place.id and not r.place.is_area]
              or [r.place for r in reports if r.place.id] or [r.place for r in reports])
    counts = Counter(p.id for p in places)
    best = max(sorted(counts), key=counts.__getitem__)
    return next(p for p in places if p.id == best)
