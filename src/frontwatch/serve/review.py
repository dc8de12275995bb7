"""Review mode's API: the queue, one fact's history, and reviews (confirm, reject, edit).

Writes reach these routes only through the guard's checks (review mode on, the token, this
server's own origin); reads work in every mode, so the page can show what was reviewed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, Literal, TypeVar

from fastapi import APIRouter, Body, Depends, HTTPException, Path, Query, Request
from pydantic import BaseModel, Field

from frontwatch.review.model import MAX_NOTE, MAX_VALUE, ReviewError, ReviewRequest
from frontwatch.review.overlay import teach_actor, teach_alias
from frontwatch.review.places import search_places, teach_new_place, teach_place_alias
from frontwatch.review.service import FactNotFound, fact_history, review_fact, review_queue
from frontwatch.serve.access import StoreAccess, store_access
from frontwatch.serve.errors import ERROR_RESPONSES
from frontwatch.serve.params import MAX_PAGE, MAX_TEXT
from frontwatch.store.db import Store
from frontwatch.store.queries import select_unknown_actors, select_unknown_places
from frontwatch.store.reviews import count_review_progress

T = TypeVar("T")

review_router = APIRouter(prefix="/api/review", tags=["review"], responses=ERROR_RESPONSES)
Access = Annotated[StoreAccess, Depends(store_access)]
Record = Literal["event", "relation", "control"]
RecordId = Annotated[str, Path(max_length=MAX_TEXT)]


class ReviewBody(BaseModel):
    """A reviewer's verdict on one fact; ``changes`` (an edit's) map editable fields to values."""

    action: Literal["confirm", "reject", "edit"]
    changes: dict[str, str | int | None] = Field(default_factory=dict, max_length=20)
    note: str = Field("", max_length=MAX_NOTE)
    reviewer: str = Field("", max_length=MAX_VALUE)


class NewActor(BaseModel):
    id: str = Field(max_length=MAX_VALUE)
    name: str = Field(max_length=MAX_VALUE)
    type: str = Field(max_length=MAX_VALUE)
    country: str = Field("", max_length=MAX_VALUE)
    sector: str = Field("", max_length=MAX_VALUE)
    description: str = Field("", max_length=MAX_NOTE)


class TeachBody(BaseModel):
    """A name to teach: as an alias of a known actor (``alias_of``) or as a ``new`` actor."""

    name: str = Field(min_length=1, max_length=MAX_VALUE)
    alias_of: str = Field("", max_length=MAX_VALUE)
    new: NewActor | None = None


class NewPlace(BaseModel):
    """A new place at a point (from a click on the map); country ISO alpha-3, else the nearest town's."""

    lat: float = Field(ge=-90, le=90, allow_inf_nan=False)
    lon: float = Field(ge=-180, le=180, allow_inf_nan=False)
    country: str = Field("", max_length=3)
    kind: str = Field("populated_place", max_length=40)


class TeachPlaceBody(BaseModel):
    """A place name to teach: as a spelling of a known place (``alias_of``, its id) or a ``new`` place."""

    name: str = Field(min_length=1, max_length=MAX_VALUE)
    alias_of: str = Field("", max_length=MAX_VALUE)
    new: NewPlace | None = None


@review_router.get("/status")
def status(access: Access) -> dict[str, Any]:
    """Whether this server takes reviews (started with --review), and how many facts are left."""
    return {"review": access.writable, "progress": access.run(count_review_progress)}


@review_router.get("/queue")
def queue(access: Access, limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
          record: Record | None = None) -> dict[str, Any]:
    """Facts not yet reviewed, those that change the picture most first, with counts left."""
    return access.run(lambda store: review_queue(store, limit=limit, record=record))


@review_router.get("/facts/{record}/{record_id}")
def history(access: Access, record: Record, record_id: RecordId) -> dict[str, Any]:
    """The machine's row of a fact and every review of it, oldest first."""
    return _answer(access, lambda store: fact_history(store, record, record_id=record_id))


@review_router.post("/facts/{record}/{record_id}")
def review(access: Access, record: Record, record_id: RecordId, body: Annotated[ReviewBody, Body()]) -> dict[str, Any]:
    """Confirm, reject or edit a fact; the review is appended to the log and applies at once."""
    if not access.writable:
        raise HTTPException(405, "this server is read-only: start it with `frontwatch serve --review`")
    request = ReviewRequest(record, body.action, dict(body.changes), body.note, body.reviewer)
    return {"review": _answer(access, lambda store: review_fact(store, request, record_id=record_id))}


@review_router.get("/unknown-actors")
def unknown_actors(access: Access, limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50) -> list[dict[str, Any]]:
    """Names that looked like actors but resolved to none, most frequent first: what to teach."""
    return access.run(lambda store: select_unknown_actors(store, limit=limit))


@review_router.post("/kb/actors")
def teach(request: Request, access: Access, body: Annotated[TeachBody, Body()]) -> dict[str, Any]:
    """Teach the knowledge base a name: written to the review overlay pack, checked by kb check,
    used by every later run (not by this server's stored facts until the corpus is run again)."""
    folder = _overlay_to_teach(request, access, body.alias_of, body.new)
    try:
        if body.new is not None:
            entry = teach_actor(folder, body.new.model_dump(), alias=body.name)
        else:
            entry = teach_alias(folder, body.alias_of, body.name)
    except ReviewError as err:
        raise HTTPException(422, str(err)) from err
    return {"actor": {k: v for k, v in entry.items() if k in ("id", "name", "aliases")}, "overlay": str(folder)}


@review_router.get("/unknown-places")
def unknown_places(access: Access, limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50) -> list[dict[str, Any]]:
    """Place names no gazetteer entry matched, most frequent first: what to teach."""
    return access.run(lambda store: select_unknown_places(store, limit=limit))


@review_router.get("/places")
def known_places(request: Request, q: Annotated[str, Query(min_length=1, max_length=MAX_VALUE)]) -> list[dict[str, Any]]:
    """Known places a name may mean (gazetteer matches, then taught places): what to alias."""
    return search_places(request.app.state.review_overlay, q)


@review_router.post("/kb/places")
def teach_place(request: Request, access: Access, body: Annotated[TeachPlaceBody, Body()]) -> dict[str, Any]:
    """Teach the gazetteer a place name: a spelling of a known place, or a new place at a point,
    written to the review overlay's places.yaml, checked by kb check, used by every later run."""
    folder = _overlay_to_teach(request, access, body.alias_of, body.new)
    try:
        if body.new is not None:
            new = body.new
            entry = teach_new_place(folder, body.name, new.lat, new.lon, country=new.country, kind=new.kind)
        else:
            entry = teach_place_alias(folder, body.alias_of, body.name)
    except ReviewError as err:
        raise HTTPException(422, str(err)) from err
    return {"place": entry, "overlay": str(folder)}


def _overlay_to_teach(request: Request, access: StoreAccess, alias_of: str, new: object) -> Any:
    """The overlay folder, once the server takes writes and exactly one of alias_of and new is given."""
    if not access.writable:
        raise HTTPException(405, "this server is read-only: start it with `frontwatch serve --review`")
    if bool(alias_of) == (new is not None):
        raise HTTPException(422, "give either alias_of (a known id) or new")
    return request.app.state.review_overlay


def _answer(access: StoreAccess, question: Callable[[Store], T]) -> T:
    """Ask the store; a fact that is not there is 404, a review that cannot be is 422."""
    try:
        return access.run(question)
    except FactNotFound as err:
        raise HTTPException(404, str(err)) from err
    except ReviewError as err:
        raise HTTPException(422, str(err)) from err
