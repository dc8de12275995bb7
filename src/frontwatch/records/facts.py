"""The article and the facts read from it: what ingest, nlp, kb and extract hand on, and
what the store writes.

Plain dataclasses: picklable (for Dask and process pools), cheap to build, and
easy to turn into store rows with :func:`frontwatch.records.as_row`. Every fact-bearing
record carries an :class:`Evidence` so it can be traced to the sentence that states it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

DateSource = Literal["metadata", "dateline", "user", "unknown"]
# ACLED-style time precision: 1 day, 2 week, 3 month, 4 year (ACLED itself uses 1-3).
DatePrecision = Literal["day", "week", "month", "year"]
Certainty = Literal["asserted", "attributed", "hedged", "hypothetical", "negated"]
PLAIN_FACT_CERTAINTIES: tuple[str, ...] = ("asserted", "attributed")


@dataclass(slots=True)
class Article:
    """One news article as ingested. ``id`` is a sha256 of the normalised text."""

    id: str
    text: str
    title: str = ""
    source: str = ""
    url: str = ""
    published: dt.date | None = None
    date_source: DateSource = "unknown"
    language: str = "en"
    origin: str = ""  # file path (and row / entry) it came from
    # page furniture blanked out of ``text`` at ingest (tag lists, captions, share links...)
    furniture: list[Furniture] = field(default_factory=list)


@dataclass(slots=True, frozen=True)
class Furniture:
    """A piece of page furniture: its offsets in the article's text, its kind and its text."""

    start: int
    end: int
    kind: str
    text: str


@dataclass(slots=True)
class IngestFailure:
    """An input that could not become an article, with the reason why."""

    origin: str
    reason: str


@dataclass(slots=True)
class Evidence:
    """Where a fact is stated: article, character offsets of the sentence, its text."""

    article_id: str
    start: int
    end: int
    sentence: str
    repeats: int = 1  # times the article states this very sentence (copies add no fact)


@dataclass(slots=True)
class Sentence:
    article_id: str
    index: int
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Actor:
    """A canonical actor from the knowledge base (or a candidate from text)."""

    id: str
    name: str
    type: str  # state, state_forces, state_agency, armed_group, party, igo, ngo, media, person, generic
    country: str = ""  # ISO 3166-1 alpha-3 where one applies
    sector: str = ""  # PLOVER/CAMEO-style sector: GOV, MIL, REB, INS, IGO, NGO, MED, CVL...
    aliases: list[str] = field(default_factory=list)
    description: str = ""
    pack: str = ""


@dataclass(frozen=True, slots=True)
class ActorMatch:
    """How a piece of text was resolved to an actor."""

    actor_id: str
    method: str  # exact, alias, fuzzy, modifier, generic, context
    score: float = 1.0
    note: str = ""


COUNTRY_ID_PREFIX = "country:"


def is_country_id(place_id: str) -> bool:
    """Whether the place id names a whole country ("country:<iso3>"), no place finer."""
    return place_id.startswith(COUNTRY_ID_PREFIX)


@dataclass(slots=True)
class Place:
    """A resolved place: a point (town, crossing) or an area (region, governorate)."""

    id: str  # "gn:<geonameid>" or "fw:<curated id>" or "country:<iso3>"
    name: str
    latitude: float
    longitude: float
    country: str = ""  # ISO alpha-3
    admin1: str = ""  # governorate / province
    admin2: str = ""
    kind: str = "populated_place"  # populated_place, a site or an area kind (kb/places/curated.py KINDS)
    geonames_id: int | None = None
    population: int = 0
    is_area: bool = False


@dataclass(slots=True)
class Mention:
    """A span of text that names an actor or a place (resolved or not)."""

    article_id: str
    sentence_index: int
    start: int
    end: int
    text: str
    label: str  # spaCy/KB label: ORG, NORP, PERSON, GPE, LOC, FAC, ACTOR
    actor_id: str = ""
    place_id: str = ""
    resolution: str = ""  # exact, alias, fuzzy, context, generic, unresolved
    geo_precision: int | None = None  # ACLED 1 town, 2 near/part of region, 3 province only
    note: str = ""  # why unresolved, or the modifier kept ("air force", "backed by IRN")


@dataclass(slots=True)
class TimeRef:
    """A resolved point or span of time with its precision."""

    date: dt.date | None
    precision: DatePrecision | None = None
    text: str = ""
    background: bool = False  # recounts the past rather than the day's news


@dataclass(slots=True)
class Claim:
    """How sure the text is of a fact, and who says so."""

    certainty: Certainty = "asserted"
    attributed_to: str = ""  # actor id or raw name of who said it
    cue: str = ""  # the words that set the certainty


@dataclass(slots=True)
class Casualties:
    killed: int | None = None
    injured: int | None = None
    civilians: int | None = None
    children: int | None = None
    women: int | None = None


@dataclass(slots=True)
class Event:
    """A PLOVER-typed event with its arguments and provenance."""

    id: str
    type: str  # PLOVER 2.0 event type, e.g. ASSAULT
    mode: str = ""  # PLOVER mode, e.g. aerial, shelling, seize
    trigger: str = ""
    source_actor: str = ""  # actor id
    target_actor: str = ""
    source_text: str = ""
    target_text: str = ""
    place_text: str = ""
    place_id: str = ""
    time: TimeRef = field(default_factory=lambda: TimeRef(None))
    claim: Claim = field(default_factory=Claim)
    casualties: Casualties = field(default_factory=Casualties)
    instrument: str = ""
    evidence: Evidence | None = None
    found_by: str = ""  # the extraction path that produced it ("event:verb-trigger")


@dataclass(slots=True)
class Relation:
    """A directed, dated relation between two actors: backs, fights, allied..."""

    id: str
    kind: str  # backs, fights, allied, member_of, leads, cooperates, criticizes
    source_actor: str
    target_actor: str
    source_text: str = ""
    target_text: str = ""
    time: TimeRef = field(default_factory=lambda: TimeRef(None))
    claim: Claim = field(default_factory=Claim)
    trigger: str = ""
    evidence: Evidence | None = None
    found_by: str = ""  # the extraction path that produced it ("event:verb-trigger")


@dataclass(slots=True)
class ControlChange:
    """An observation that a place is (now) held by an actor."""

    id: str
    place_text: str
    new_controller: str = ""  # actor id
    previous_controller: str = ""
    new_controller_text: str = ""
    previous_controller_text: str = ""
    place_id: str = ""
    kind: str = "capture"  # capture, withdrawal, held, lost (the loser no longer holds it; no taker named)
    time: TimeRef = field(default_factory=lambda: TimeRef(None))
    claim: Claim = field(default_factory=Claim)
    trigger: str = ""
    evidence: Evidence | None = None
    found_by: str = ""  # the extraction path that produced it ("event:verb-trigger")


@dataclass(slots=True)
class CasualtyStatistic:
    """A toll over a period ("330,000 killed since 2011"): a statistic, never one event.

    The period runs from ``period_start`` (None when the text names no start, as in
    "so far") to ``period_end`` (the article's date: the toll is as of then).
    """

    id: str
    killed: int | None = None
    injured: int | None = None
    period_start: dt.date | None = None
    start_precision: DatePrecision | None = None
    period_end: dt.date | None = None
    period_text: str = ""  # the words that set the period ("since 2011", "so far")
    place_id: str = ""  # the country or place the toll covers, when named
    place_text: str = ""
    claim: Claim = field(default_factory=Claim)
    evidence: Evidence | None = None


@dataclass(slots=True)
class ArticleResult:
    """Everything extracted from one article, ready for the single store writer."""

    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    control_changes: list[ControlChange] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    statistics: list[CasualtyStatistic] = field(default_factory=list)  # tolls over a period
    error: str = ""  # set when processing failed; the article is still stored
    skipped: str = ""  # why it was stored without processing (e.g. "language: ar")
