"""Who held each place when: the sequence of controllers, with the reports behind each.

Built from asserted and attributed control changes. Two reports that name different
controllers for overlapping times (each date widened by its precision) are a conflict:
kept and shown on the timeline, never resolved silently.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from frontwatch.fuse.actors import ActorBook
from frontwatch.fuse.events import date_window
from frontwatch.records import ControlClaim, PlaceInfo

KIND_ORDER = {"held": 0, "lost": 1, "withdrawal": 1, "capture": 2}  # within a day, a capture is the latest news
CHANGE_KINDS = frozenset({"capture", "withdrawal"})


@dataclass(slots=True)
class Period:
    controller: str  # '' when a withdrawal names no one taking over
    start: dt.date
    end: dt.date | None = None  # None: still held as far as the reports go
    claims: list[ControlClaim] = field(default_factory=list)
    conflict: str = ""

    @property
    def sentence(self) -> str:
        return self.claims[0].sentence if self.claims else ""


@dataclass(slots=True)
class Conflict:
    date: dt.date
    controllers: list[str]
    claims: list[ControlClaim]
    note: str


@dataclass(slots=True)
class Timeline:
    key: str
    place: PlaceInfo
    periods: list[Period] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)


def place_key(place: PlaceInfo) -> str:
    return place.id or "text:" + place.text.casefold().strip()


def build_timelines(claims: Iterable[ControlClaim], book: ActorBook | None = None) -> dict[str, Timeline]:
    """One timeline per place, keyed by place id (or its text when unresolved)."""
    book = book or ActorBook()
    groups: dict[str, list[ControlClaim]] = {}
    for claim in claims:
        if claim.date is not None and place_key(claim.place) != "text:":
            groups.setdefault(place_key(claim.place), []).append(claim)
    return {key: build_timeline(key, group, book) for key, group in sorted(groups.items())}


def build_timeline(key: str, claims: list[ControlClaim], book: ActorBook) -> Timeline:
    ordered = sorted(claims, key=lambda c: (c.date, KIND_ORDER.get(c.kind, 2), c.article_id))
    timeline = Timeline(key, ordered[0].place, conflicts=find_conflicts(ordered, book))
    for claim in ordered:
        current = timeline.periods[-1] if timeline.periods else None
        if current is not None and _continues(current, claim, book):
            current.claims.append(claim)
            continue
        if current is not None:
            current.end = claim.date
        timeline.periods.append(Period(claim.controller, claim.date, claims=[claim]))  # type: ignore[arg-type]
    _mark_conflicts(timeline)
    return timeline


def _continues(current: Period, claim: ControlClaim, book: ActorBook) -> bool:
    """Whether a claim goes on the current period: the same holder, or a more precise name of
    it ("rebels", then "the Free Syrian Army"); never a capture from the current holder."""
    if claim.kind == "capture" and claim.previous and _same_holder(current.controller, claim.previous, book):
        return current.controller == claim.controller
    return _same_holder(current.controller, claim.controller, book)


def _same_holder(a: str, b: str, book: ActorBook) -> bool:
    if a == b:
        return True
    if not a or not b or book.is_generic(b) or not book.compatible(a, b):
        return False
    # a class ("rebels") is refined only by a name of its own kind, not by the state's army
    return not book.is_generic(a) or _same_sector(book.info(a).sector, book.info(b).sector)


def _same_sector(generic: str, named: str) -> bool:
    return not generic or not named or generic == named


def find_conflicts(claims: list[ControlClaim], book: ActorBook) -> list[Conflict]:
    """Pairs of reports naming incompatible controllers for overlapping times."""
    conflicts = []
    for i, a in enumerate(claims):
        for b in claims[i + 1:]:
            if a.controller and b.controller and not book.compatible(a.controller, b.controller) and _overlap(a, b):
                note = (f"{a.controller} ({a.outlet}, {a.date}) vs {b.controller} ({b.outlet}, {b.date})")
                conflicts.append(Conflict(max(a.date, b.date), [a.controller, b.controller], [a, b], note))  # type: ignore[type-var, arg-type]
    return conflicts


def _overlap(a: ControlClaim, b: ControlClaim) -> bool:
    lo_a, hi_a = date_window(a.date, a.precision)  # type: ignore[arg-type]
    lo_b, hi_b = date_window(b.date, b.precision)  # type: ignore[arg-type]
    return lo_a <= hi_b and lo_b <= hi_a


def _mark_conflicts(timeline: Timeline) -> None:
    for conflict in timeline.conflicts:
        ids = {c.change_id for c in conflict.claims}
        for period in timeline.periods:
            if any(c.change_id in ids for c in period.claims):
                period.conflict = conflict.note


def controller_as_of(timeline: Timeline, date: dt.date) -> Period | None:
    """The last period begun on or before ``date`` (its ``conflict`` says if it is disputed)."""
    begun = [p for p in timeline.periods if p.start <= date]
    return begun[-1] if begun else None


def transitions(timelines: Iterable[Timeline], start: dt.date | None, end: dt.date | None) -> list[tuple[Timeline, Period, str]]:
    """Changes of hands within [start, end]: (timeline, new period, previous controller).

    A new period counts only when a report tells of the change (a capture or a withdrawal):
    "rebel-held" one day and "opposition-held" the next is two names seen holding, not a
    change. A period that a contradicting report ends on the day it began is that
    contradiction (kept on the timeline), not two changes."""
    found = []
    for timeline in timelines:
        for index, period in enumerate(timeline.periods):
            previous = timeline.periods[index - 1].controller if index else period.claims[0].previous
            if not previous or (start and period.start < start) or (end and period.start > end):
                continue
            if not is_told_change(period) or _contradicted_same_day(period):
                continue
            found.append((timeline, period, previous))
    return sorted(found, key=lambda t: (t[1].start, t[0].key))


def is_told_change(period: Period) -> bool:
    """Whether a report of the period tells of a change of hands, not just of a holding."""
    return any(claim.kind in CHANGE_KINDS for claim in period.claims)


def _contradicted_same_day(period: Period) -> bool:
    return bool(period.conflict) and period.end is not None and period.end == period.start
