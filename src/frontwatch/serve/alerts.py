"""/api/alerts: what `frontwatch watch` alerted on, newest first, for the page's "new since
your last visit" list (a store never watched has no alerts table and simply none)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query

from frontwatch.serve.access import StoreAccess, store_access
from frontwatch.serve.errors import ERROR_RESPONSES
from frontwatch.serve.params import Limit
from frontwatch.store.db import Store
from frontwatch.store.fused import has_table
from frontwatch.store.watch import count_alerts_since, select_alerts

alerts_router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)
Since = Annotated[str | None, Query(max_length=40, description="ISO time (UTC); only alerts after it",
                                    examples=["2026-12-04T18:00:00"])]


@alerts_router.get("/alerts", tags=["watch"])
def list_alerts(access: Annotated[StoreAccess, Depends(store_access)], since: Since = None,
                limit: Limit = 100) -> dict[str, Any]:
    """Alerts from the live watch (each with its evidence), newest first; `total` counts all since `since`."""
    after = _parse_time(since)

    def ask(store: Store) -> dict[str, Any]:
        if not has_table(store, "watch_alerts"):
            return {"total": 0, "alerts": [], "now": _now()}
        return {"total": count_alerts_since(store, after), "alerts": select_alerts(store, since=after, limit=limit),
                "now": _now()}

    return access.run(ask)


def _parse_time(value: str | None) -> dt.datetime | None:
    if not value or not value.strip():
        return None
    try:
        moment = dt.datetime.fromisoformat(value.strip())
    except ValueError as err:
        raise HTTPException(422, f"since: expected an ISO time, got {value[:40]!r}") from err
    return moment.astimezone(dt.UTC).replace(tzinfo=None) if moment.tzinfo else moment


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat()
