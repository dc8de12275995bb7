"""Fuse: one picture from many articles — merged events, the actor network, control.

``fuse/`` works on records; :mod:`frontwatch.store.fused` reads and writes them.
The functions here that take a ``Store`` are the thin joints between the two.
"""

from __future__ import annotations

from typing import Any

from frontwatch.fuse.actors import ActorBook, book_from_rows
from frontwatch.fuse.events import fuse_reports
from frontwatch.fuse.model import FusedEvent
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


def fuse_store(store: Store) -> dict[str, Any]:
    """Recompute and store fused events; return counts for the run summary."""
    from frontwatch.store.fused import write_fused

    fused = fuse_events(store)
    write_fused(store, fused)
    reports = sum(f.n_reports for f in fused)
    return {
        "reports": reports,
        "fused_events": len(fused),
        "multi_source": sum(1 for f in fused if f.n_sources > 1),
        "contradictions": sum(1 for f in fused if f.contradiction),
    }
