"""What a PLOVER type and mode mean in other codebooks (ACLED, CAMEO, a conflict score):
read from the one event-type table, :mod:`frontwatch.eventtypes`."""

from __future__ import annotations

from frontwatch.eventtypes import event_type_info

__all__ = ["event_type_info"]
