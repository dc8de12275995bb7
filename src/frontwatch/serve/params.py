"""Query parameters shared by the API's routes, parsed into the library's EventFilter.

Dates are parsed here rather than by pydantic so an empty value means 'any' (as in a link
whose form field was left blank) and a bad one gets a message naming the parameter."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import HTTPException, Query

from frontwatch.store.queries import EventFilter

MAX_PAGE = 1000
MAX_TEXT = 200
Certainty = Literal["facts", "all", "asserted", "attributed", "hedged", "hypothetical", "negated"]
Bucket = Literal["day", "week", "month", "year"]

Text = Annotated[str | None, Query(max_length=MAX_TEXT)]
DateText = Annotated[str | None, Query(max_length=32, description="YYYY-MM-DD", examples=["2016-02-01"])]
CertaintyQuery = Annotated[Certainty, Query(description="'facts' = asserted and attributed; 'all'; or one label")]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Page size, at most {MAX_PAGE}.")]
Offset = Annotated[int, Query(ge=0, le=10**9)]


def parse_date(value: str | None, name: str) -> dt.date | None:
    """A YYYY-MM-DD parameter, or None when empty; 422 naming the parameter otherwise."""
    if value is None or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError as err:
        raise HTTPException(422, f"{name}: expected a date as YYYY-MM-DD, got {value[:40]!r}") from err


def _blank_is_none(value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None


def event_filter(
    actor: Annotated[str | None, Query(max_length=MAX_TEXT, description="Actor id (e.g. ISIS) or text.")] = None,
    type: Annotated[str | None, Query(max_length=MAX_TEXT, description="PLOVER type, e.g. ASSAULT.")] = None,
    since: DateText = None,
    until: DateText = None,
    place: Annotated[str | None, Query(max_length=MAX_TEXT, description="Place id, name or governorate.")] = None,
    certainty: CertaintyQuery = "facts",
) -> EventFilter:
    """The filters every event route takes (the same ones the page keeps in its address)."""
    start, end = parse_date(since, "since"), parse_date(until, "until")
    if start and end and start > end:
        raise HTTPException(422, f"since ({start}) is after until ({end})")
    return EventFilter(actor=_blank_is_none(actor), type=_blank_is_none(type), since=start, until=end,
                       place=_blank_is_none(place), certainty=certainty)
