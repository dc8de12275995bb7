"""Fuse: one picture from many articles — merged events, the actor network, control.

Pure functions of records (:mod:`frontwatch.records`): no I/O here. :mod:`frontwatch.fusion`
reads their input from the store and writes what they return.
"""

from __future__ import annotations

from frontwatch.fuse.actors import ActorBook, book_from_rows
from frontwatch.fuse.events import MAX_REACH_DAYS, fuse_in_date_order, fuse_reports

__all__ = ["MAX_REACH_DAYS", "ActorBook", "book_from_rows", "fuse_in_date_order", "fuse_reports"]
