"""The situation as of a date: what the store says, gathered for every report format.

Only asserted and attributed facts count here; hedged, hypothetical and negated
claims are listed apart, labelled, so they are never read as facts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from frontwatch.report.picture import PERIOD_DAYS, Picture, build_picture, picture_end
from frontwatch.store import Store
from frontwatch.store.fused import fusion_is_stale
from frontwatch.store.situation import (
    SituationScope,
    count_articles,
    count_ingest_failures,
    count_uncertain,
    select_casualties_by_month,
    select_failures,
    select_fused_period_totals,
    select_fused_totals_by_place,
    select_fused_totals_by_type,
    select_latest_control,
    select_main_events,
    select_top_actors,
    select_top_relations,
    select_uncertain,
)


@dataclass
class Totals:
    """Deaths and events from stored fused, dated news events (each event once, background
    recounts left out), with the reports and articles they rest on."""

    by_type: list[dict[str, Any]] = field(default_factory=list)
    by_place: list[dict[str, Any]] = field(default_factory=list)
    period: dict[str, Any] = field(default_factory=dict)  # the picture's period
    before: dict[str, Any] = field(default_factory=dict)  # the period of the same length before it
    uncertain: int = 0  # hedged, hypothetical and negated claims, not counted
    stale: bool = False  # articles stored after the last fusion: totals lag behind


@dataclass
class Situation:
    as_of: dt.date | None
    region: str | None
    articles: dict[str, Any] = field(default_factory=dict)
    top_actors: list[dict[str, Any]] = field(default_factory=list)
    main_events: list[dict[str, Any]] = field(default_factory=list)
    relations: list[dict[str, Any]] = field(default_factory=list)
    control: list[dict[str, Any]] = field(default_factory=list)
    casualties_by_month: list[dict[str, Any]] = field(default_factory=list)
    uncertain: list[dict[str, Any]] = field(default_factory=list)
    failures: list[dict[str, Any]] = field(default_factory=list)
    picture: Picture | None = None  # the fused view: belligerents, fused events, control, alliances
    totals: Totals = field(default_factory=Totals)


def build_situation(store: Store, *, as_of: dt.date | None = None, region: str | None = None, top: int = 10,
                    days: int = PERIOD_DAYS) -> Situation:
    """Gather the figures every report shows; ``days`` is the period before ``as_of`` for main events."""
    scope = SituationScope(as_of, region)
    situation = Situation(as_of=as_of, region=region)
    situation.articles = {**count_articles(store), "ingest_failures": count_ingest_failures(store)}
    situation.top_actors = select_top_actors(store, scope, limit=top)
    situation.main_events = select_main_events(store, scope, limit=top)
    situation.casualties_by_month = select_casualties_by_month(store, scope)
    situation.relations = select_top_relations(store, as_of=as_of, limit=top)
    situation.control = select_latest_control(store, as_of=as_of, region=region, limit=top)
    situation.uncertain = select_uncertain(store, limit=top)
    situation.failures = select_failures(store, limit=top)
    situation.picture = fused_picture(store, as_of=as_of, region=region, days=days, top=max(top, 15))
    situation.totals = fused_totals(store, scope, situation.picture, top=top)
    return situation


def fused_totals(store: Store, scope: SituationScope, picture: Picture, *, top: int) -> Totals:
    totals = Totals(select_fused_totals_by_type(store, scope), select_fused_totals_by_place(store, scope, limit=top),
                    uncertain=count_uncertain(store), stale=fusion_is_stale(store))
    if picture.start and picture.end and picture.before:
        totals.period = select_fused_period_totals(store, scope, picture.start, picture.end)
        totals.before = select_fused_period_totals(store, scope, picture.before.start, picture.before.end)
    return totals


def fused_picture(store: Store, *, as_of: dt.date | None, region: str | None, days: int, top: int) -> Picture:
    """Fuse events, read the network and control timelines now, and draw the picture from them."""
    from frontwatch.fusion import (
        control_timelines,
        fuse_events,
        load_book,
        network_snapshot,
        network_ties,
    )

    book = load_book(store)
    fused, ties = fuse_events(store, book=book), network_ties(store)
    end = picture_end(fused, ties, as_of)
    before = network_snapshot(store, end - dt.timedelta(days=days + 1)) if end else None
    return build_picture(fused, ties, network_snapshot(store, end), control_timelines(store, book=book), book,
                         end=end, region=region, days=days, top=top, network_before=before)
