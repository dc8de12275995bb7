"""Fuse: one picture from many articles — merged events, the actor network, control.

``fuse/`` works on records; :mod:`frontwatch.store.fused` reads and writes them.
The functions here that take a ``Store`` are the thin joints between the two.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from frontwatch.fuse.actors import ActorBook, book_from_rows
from frontwatch.fuse.events import MAX_REACH_DAYS, fuse_in_date_order, fuse_reports
from frontwatch.records import FusedEvent
from frontwatch.store import Store

__all__ = ["ActorBook", "FusedEvent", "fuse_events", "fuse_store", "load_book"]


def load_book(store: Store) -> ActorBook:
    """The actors table and member_of pairs, for comparing actors."""
    from frontwatch.store.fused import read_actor_rows, read_member_pairs

    return book_from_rows(read_actor_rows(store), read_member_pairs(store))


def fuse_events(store: Store, *, book: ActorBook | None = None) -> list[FusedEvent]:
    """Fused events computed now from the store's facts (nothing written)."""
    from frontwatch.store.fused import read_reports

    return fuse_reports(read_reports(store), book or load_book(store))


def fuse_store(store: Store, *, reach_days: int | None = MAX_REACH_DAYS, window_rows: int | None = None) -> dict[str, Any]:
    """Recompute and store fused events, streaming; return counts for the run summary.

    Reports are read in date order, a window of days at a time (about ``window_rows``
    reports; see :func:`iter_reports_by_date`), and each fused event is written once no
    later report can join it (see :func:`fuse_in_date_order`), so memory follows a
    window and a few weeks of reports, not the store. The result is the same as fusing
    every report at once (``reach_days=None``, which holds them all).
    """
    from frontwatch.store.fused import REPORT_WINDOW_ROWS, iter_reports_by_date, write_fused

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
