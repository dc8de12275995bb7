"""Fusion for a batch of new articles, without fusing the whole store again.

A new report can only join fused events of its own type whose places and date windows agree
with its own (see ``store.watch_reads.read_window_reports``), so those neighbours are re-fused
with the batch and with every other report of the fused events they belong to; those fused
events are replaced, all others stay as they are. The cost follows the batch's neighbourhood,
not the store (a dense stream of a hundred reports a day re-fuses a few days of one region).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from frontwatch.fuse.events import fuse_in_date_order
from frontwatch.fusion import load_book
from frontwatch.records import Report
from frontwatch.store import Store
from frontwatch.store import watch_reads as reads


def fuse_new_articles(store: Store, article_ids: Sequence[str]) -> dict[str, int]:
    """Re-fuse the batch's neighbourhood; return counts of what was replaced."""
    reports = sorted(reads.read_window_reports(store, article_ids), key=_order)
    replaced = reads.fused_ids_of_reports(store, reports)
    written = reads.replace_fused_events(store, replaced, fuse_in_date_order(reports, load_book(store), reach_days=None))
    return {"reports": len(reports), "replaced": len(replaced), "fused_events": written}


def _order(report: Report) -> tuple[bool, dt.date, str, str]:
    return report.date is None, report.date or dt.date.min, report.article_id, report.event_id
