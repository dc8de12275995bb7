"""Fusion over a store: read records from :mod:`frontwatch.store`, hand them to the pure
functions of :mod:`frontwatch.fuse`, and return (or write) what they give.

``fuse/`` never touches the store and ``store/`` knows nothing of ``fuse/``; the runner, the
report, the exports, the server and the CLI ask here. The network's edges are the store's
DuckDB aggregation (:func:`frontwatch.store.ties.read_edges`), the one way they are built.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from frontwatch.eventtypes import event_type_table
from frontwatch.fuse.actors import ActorBook, book_from_rows
from frontwatch.fuse.control import Timeline, build_timeline, build_timelines, place_key
from frontwatch.fuse.events import MAX_REACH_DAYS, fuse_in_date_order, fuse_reports
from frontwatch.fuse.network import (
    LAPSE_DAYS,
    Change,
    changes_between,
    mark_enemy_claims,
    recent_edges,
)
from frontwatch.records import Edge, FusedEvent, Tie
from frontwatch.store import Store
from frontwatch.store.control import read_place_claims, resolve_place_key
from frontwatch.store.fused import (
    REPORT_WINDOW_ROWS,
    iter_reports_by_date,
    read_actor_rows,
    read_control_claims,
    read_member_pairs,
    read_reports,
    write_fused,
)
from frontwatch.store.queries import select_actor_book_rows
from frontwatch.store.ties import read_edges, read_ties


def load_book(store: Store) -> ActorBook:
    """The actors table and member_of pairs, for comparing actors."""
    return book_from_rows(read_actor_rows(store), read_member_pairs(store))


def fuse_events(store: Store, *, book: ActorBook | None = None) -> list[FusedEvent]:
    """Fused events computed now from the store's facts (nothing written)."""
    return fuse_reports(read_reports(store), book or load_book(store))


def prepare_fusion() -> None:
    """Load what fusion reads besides the store (its modules are imported with this one; the
    event-type table), so that a run's writer can do it while workers still parse instead of
    in the run's tail, when it alone works."""
    event_type_table()


def fuse_store(store: Store, *, reach_days: int | None = MAX_REACH_DAYS, window_rows: int | None = None) -> dict[str, int]:
    """Recompute and store fused events, streaming; return counts for the run summary.

    Reports are read in date order, a window of days at a time (about ``window_rows``
    reports; see :func:`iter_reports_by_date`), and each fused event is written once no
    later report can join it (see :func:`fuse_in_date_order`), so memory follows a
    window and a few weeks of reports, not the store. The result is the same as fusing
    every report at once (``reach_days=None``, which holds them all).
    """
    reports = iter_reports_by_date(store, window_rows=window_rows or REPORT_WINDOW_ROWS)
    counts = dict.fromkeys(("reports", "fused_events", "multi_source", "contradictions"), 0)
    write_fused(store, _counted(fuse_in_date_order(reports, load_book(store), reach_days=reach_days), counts))
    return counts


def _counted(fused: Iterable[FusedEvent], counts: dict[str, int]) -> Iterator[FusedEvent]:
    """Pass fused events through, adding them to the run summary's counts."""
    for f in fused:
        counts["reports"] += f.n_reports
        counts["fused_events"] += 1
        counts["multi_source"] += f.n_sources > 1
        counts["contradictions"] += bool(f.contradiction)
        yield f


def control_timelines(store: Store, *, book: ActorBook | None = None) -> dict[str, Timeline]:
    """Every place's control timeline, from the store's fact control changes."""
    return build_timelines(read_control_claims(store), book or load_book(store))


def place_timeline(store: Store, place: str) -> Timeline | None:
    """One place's timeline (``place``: a place id or exact name, an unresolved place's text, or
    a timeline key), built from that place's claims alone: what ``control_timelines(store)``
    holds for it, without reading every place's claims."""
    key = place if place.startswith("text:") else resolve_place_key(store, place)
    claims = [c for c in read_place_claims(store, key) if place_key(c.place) == key]  # exact casefold for text
    if not claims:
        return None
    # Comparing these claims' controllers needs only their actors and the member_of pairs among them.
    book = book_from_rows(*select_actor_book_rows(store, {c.controller for c in claims if c.controller}))
    return build_timeline(key, claims, book)


def network_ties(store: Store) -> list[Tie]:
    """Every tie (facts and other claims), as the store's network SQL reads them."""
    return read_ties(store)


def network_snapshot(
    store: Store,
    as_of: dt.date | None = None,
    *,
    lapse_days: int | None = None,
    claimant: str | None = None,
) -> list[Edge]:
    """The network's edges as of ``as_of`` (as ``claimant`` tells it, when given); with
    ``lapse_days``, only those evidenced within it. Edges only an enemy asserts are marked."""
    edges = read_edges(store, as_of, claimant=claimant)
    mark_claims(store, edges, as_of, whole=claimant is None)
    return recent_edges(edges, as_of, lapse_days=lapse_days)


def mark_claims(store: Store, edges: list[Edge], as_of: dt.date | None, *, whole: bool = False) -> None:
    """Mark the edges that only an enemy of one of their ends asserts, against the whole
    network's fights as of ``as_of``; ``whole``: ``edges`` are that whole network already,
    so it is not read again."""
    if not any(e.claimants and not e.own_voice for e in edges):
        return
    network = edges if whole else read_edges(store, as_of, sentences=False)
    hostile = [e for e in network if e.kind == "fights"]
    mark_enemy_claims(edges, hostile, load_book(store).same_side)


def network_changes(store: Store, start: dt.date, end: dt.date, *, lapse_days: int = LAPSE_DAYS,
                    ties: list[Tie] | None = None) -> list[Change]:
    """Relations that appeared, ended or flipped between ``start`` and ``end`` (``ties``: the
    store's, when already read)."""
    ties = network_ties(store) if ties is None else ties
    return changes_between(ties, read_edges(store, end), start, end, lapse_days=lapse_days)
