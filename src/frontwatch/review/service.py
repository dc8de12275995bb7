"""Record a review of one fact in a store, and read what a fact looks like to reviewers."""

from __future__ import annotations

import datetime as dt
from typing import Any

from frontwatch.errors import FrontWatchError
from frontwatch.review.model import (
    ReviewError,
    ReviewRequest,
    build_review,
    check_record,
    impact_weights,
)
from frontwatch.store.db import Store
from frontwatch.store.reviews import (
    count_review_progress,
    count_unattached_reviews,
    insert_reviews,
    select_machine_fact,
    select_review_queue,
    select_reviews,
)


class FactNotFound(FrontWatchError, LookupError):
    """No stored fact has this id or key."""


def review_fact(store: Store, request: ReviewRequest, *, record_id: str = "", fact_key: str = "",
                now: dt.datetime | None = None) -> dict[str, Any]:
    """Append a review of the fact with this row id or fact key; return the log row."""
    check_record(request.record)
    if not (record_id or fact_key):
        raise ReviewError("name the fact: its id or its fact_key")
    machine = select_machine_fact(store, request.record, record_id=record_id, fact_key=fact_key)
    if machine is None:
        raise FactNotFound(f"no {request.record} with {'id ' + record_id if record_id else 'fact key ' + fact_key}")
    latest = select_reviews(store, fact_key=machine["fact_key"], latest_only=True)
    current = latest[0]["after"] if latest and latest[0]["action"] != "reject" else None
    row = build_review(request, machine, current, now or dt.datetime.now(dt.UTC).replace(tzinfo=None))
    insert_reviews(store, [row])
    return row


def fact_history(store: Store, record: str, *, record_id: str = "", fact_key: str = "") -> dict[str, Any]:
    """The machine's row of a fact and every review of it, oldest first."""
    check_record(record)
    machine = select_machine_fact(store, record, record_id=record_id, fact_key=fact_key)
    if machine is None:
        raise FactNotFound(f"no {record} with {'id ' + record_id if record_id else 'fact key ' + fact_key}")
    return {"machine": machine, "reviews": select_reviews(store, fact_key=machine["fact_key"])}


def review_queue(store: Store, *, limit: int = 50, record: str | None = None) -> dict[str, Any]:
    """The facts to review next, most important first, with what is left per kind."""
    if record is not None:
        check_record(record)
    return {"queue": select_review_queue(store, impact_weights(), limit=limit, record=record),
            "progress": count_review_progress(store), "unattached_reviews": count_unattached_reviews(store)}
