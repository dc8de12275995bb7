"""Fusion for a batch of new articles, without fusing the whole store again.

A new report can only join fused events of its own type, near it in space (see
``store.watch_reads.read_window_reports``) and in time (a cluster reaches at most
``MAX_REACH_DAYS`` back), so the reports around the batch, in its date span widened by that
reach on both sides and then to the whole span of every fused event it touches, are re-fused
with every other report of the fused events they belong to; those fused events are replaced,
all others stay as they are. Cost follows the batch's neighbourhood, not the store.
Undated reports are never fused with others, so the batch's own are simply added.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from frontwatch.fuse.events import MAX_REACH_DAYS, fuse_in_date_order
from frontwatch.fusion import load_book
from frontwatch.records import Report
from frontwatch.store import Store
from frontwatch.store import watch_reads as reads

FAR_PAST = dt.date.min + dt.timedelta(days=MAX_REACH_DAYS)


def fuse_new_articles(store: Store, article_ids: Sequence[str]) -> dict[str, int]:
    """Re-fuse the window the batch's reports fall in; return counts of what was replaced."""
    first, last = reads.report_date_span(store, article_ids)
    reach = dt.timedelta(days=MAX_REACH_DAYS)
    if first is None or last is None:
        lo = hi = FAR_PAST  # only undated reports: a window no dated report falls in
    else:
        lo, hi = reads.fused_span_touching(store, max(first, FAR_PAST) - reach, min(last, dt.date.max - reach) + reach)
    reports = sorted(reads.read_window_reports(store, lo, hi, article_ids), key=_order)
    replaced = reads.fused_ids_of_reports(store, reports)
    written = reads.replace_fused_events(store, replaced, fuse_in_date_order(reports, load_book(store), reach_days=None))
    return {"reports": len(reports), "replaced": len(replaced), "fused_events": written}


def _order(report: Report) -> tuple[bool, dt.date, str, str]:
    return report.date is None, report.date or dt.date.min, report.article_id, report.event_id
