"""Fusion's records: stored facts joined with their place, outlet and actors. store/ builds
them from rows and writes fused events; fuse/ is a pure function of them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(slots=True, frozen=True)
class ActorInfo:
    """What fusion needs to know of an actor to compare it with another."""

    id: str
    name: str = ""
    type: str = ""
    country: str = ""
    sector: str = ""


@dataclass(slots=True)
class PlaceInfo:
    id: str = ""
    name: str = ""
    latitude: float | None = None
    longitude: float | None = None
    country: str = ""
    admin1: str = ""
    admin2: str = ""
    kind: str = ""
    is_area: bool = False
    text: str = ""  # the place as the article wrote it


@dataclass(slots=True)
class Report:
    """One article's account of an event: an events row with its outlet and place."""

    event_id: str
    article_id: str
    outlet: str  # the article's source, else its id: what counts as an independent source
    type: str
    mode: str = ""
    source_actor: str = ""
    target_actor: str = ""
    place: PlaceInfo = field(default_factory=PlaceInfo)
    date: dt.date | None = None
    precision: str | None = None
    killed: int | None = None
    injured: int | None = None
    civilians: int | None = None
    certainty: str = "asserted"
    sentence: str = ""
    url: str = ""
    background: bool = False  # recounted as past, not the day's news


@dataclass(slots=True)
class FusedEvent:
    """One real-world event as told by one or more reports."""

    id: str
    type: str
    mode: str
    source_actor: str
    target_actor: str
    place: PlaceInfo
    date_start: dt.date | None
    date_end: dt.date | None
    precision: str | None
    killed_min: int | None
    killed_max: int | None
    civilians_min: int | None
    civilians_max: int | None
    n_sources: int
    n_reports: int
    confidence: float
    contradiction: str = ""  # empty when the reports agree
    killed_best: int | None = None  # UCDP-style best estimate, within killed_min..killed_max
    actors: list[str] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)

    @property
    def sentence(self) -> str:
        """The sentence of the first report: the evidence shown beside the event."""
        return self.reports[0].sentence if self.reports else ""

    @property
    def background(self) -> bool:
        """Only ever recounted as past (e.g. a war's total toll), never reported as news."""
        return bool(self.reports) and all(r.background for r in self.reports)

    @property
    def outlets(self) -> list[str]:
        return sorted({r.outlet for r in self.reports})


@dataclass(slots=True)
class Tie:
    """One piece of evidence that two actors stand in a relation (from a relation or an event)."""

    kind: str  # backs, fights, allied, member_of, cooperates, criticizes, leads
    source: str
    target: str
    date: dt.date | None
    score: float  # cooperation (+) / conflict (-) weight
    origin: str  # 'relation' or 'event:<TYPE>'
    record_id: str = ""
    article_id: str = ""
    certainty: str = "asserted"
    sentence: str = ""
    claimant: str = ""  # who the report quotes for it ('' in the report's own voice)


@dataclass(slots=True)
class Edge:
    """The network's tie of one kind between two actors, from all the evidence up to a date."""

    kind: str
    source: str
    target: str
    evidence: int  # fact ties (asserted, attributed)
    articles: int
    first: dt.date | None
    last: dt.date | None
    score: float
    sentence: str  # the latest evidence
    unconfirmed: int = 0  # hedged, hypothetical and negated ties, not counted as evidence
    claimants: list[str] = field(default_factory=list)  # who the attributed evidence quotes
    own_voice: int = 0  # fact ties stated in the reports' own voice, not attributed
    enemy_claimed: bool = False  # only an enemy of one of its ends says so (fuse.network)


@dataclass(slots=True)
class ControlClaim:
    """One report that a place is (now) held by an actor."""

    change_id: str
    article_id: str
    place: PlaceInfo
    controller: str
    previous: str
    kind: str
    date: dt.date | None
    precision: str | None = None
    certainty: str = "asserted"
    sentence: str = ""
    outlet: str = ""
