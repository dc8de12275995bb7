"""A review: what a reviewer said of one fact, checked, with the machine's values beside it."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, get_args

import yaml

from frontwatch.errors import FrontWatchError
from frontwatch.eventtypes import event_type_table
from frontwatch.records import Certainty, DatePrecision
from frontwatch.store.review_schema import EDITABLE, IDENTITY_COLUMNS, RECORD_TABLES, REVIEW_ACTIONS

CONTROL_KINDS = ("capture", "withdrawal", "held", "lost")
MAX_NOTE = 2000
MAX_VALUE = 200


class ReviewError(FrontWatchError, ValueError):
    """A review that cannot be recorded, with the reason in words."""


@dataclass(frozen=True)
class ReviewRequest:
    record: str  # event, relation or control
    action: str  # confirm, reject or edit
    changes: dict[str, Any]
    note: str = ""
    reviewer: str = ""


def allowed_values(record: str, field: str) -> tuple[str, ...] | None:
    """The closed vocabulary of a field, or None when any text goes (actor and place ids)."""
    table = event_type_table()
    vocab: dict[str, tuple[str, ...]] = {
        "certainty": get_args(Certainty), "date_precision": get_args(DatePrecision),
        "type": tuple(table["types"]),
    }
    if field == "kind":
        return tuple(table["relations"]) if record == "relation" else CONTROL_KINDS
    return vocab.get(field)


def check_record(record: str) -> None:
    if record not in RECORD_TABLES:
        raise ReviewError(f"unknown record {record!r}: one of {', '.join(RECORD_TABLES)}")


def clean_changes(record: str, changes: dict[str, Any]) -> dict[str, Any]:
    """Changes checked field by field and typed; every problem named at once."""
    check_record(record)
    problems, clean = [], {}
    for field, value in changes.items():
        try:
            clean[field] = _clean_value(record, field, value)
        except ReviewError as err:
            problems.append(f"{field}: {err}")
    if problems:
        raise ReviewError("; ".join(problems))
    return clean


def _clean_value(record: str, field: str, value: Any) -> Any:
    kind = EDITABLE[record].get(field)
    if kind is None:
        raise ReviewError(f"not an editable field of a {record} (editable: {', '.join(EDITABLE[record])})")
    if value is None or value == "":
        return "" if kind == "VARCHAR" else None
    if kind == "INTEGER":
        if isinstance(value, bool) or not str(value).strip().isdigit():
            raise ReviewError(f"{value!r} is not a whole number of 0 or more")
        return int(value)
    if kind == "DATE":
        try:
            return dt.date.fromisoformat(str(value)).isoformat()
        except ValueError as err:
            raise ReviewError(f"{value!r} is not a date (YYYY-MM-DD)") from err
    text = str(value).strip()
    vocab = allowed_values(record, field)
    if field == "type":
        text = text.upper()
    if vocab is not None and text not in vocab:
        raise ReviewError(f"{text!r} is not one of {', '.join(vocab)}")
    if len(text) > MAX_VALUE:
        raise ReviewError(f"longer than {MAX_VALUE} characters")
    return text


def build_review(request: ReviewRequest, machine: dict[str, Any], current: dict[str, Any] | None,
                 now: dt.datetime) -> dict[str, Any]:
    """The log row of a review of ``machine`` (the machine's row of the fact); ``current`` is the
    fact's latest review's ``after``, if any. ``before`` is always the machine's values, so that
    reviews measure the machine; ``after`` the full state the reviewer left."""
    check_record(request.record)
    if request.action not in REVIEW_ACTIONS:
        raise ReviewError(f"unknown action {request.action!r}: one of {', '.join(REVIEW_ACTIONS)}")
    if request.action != "edit" and request.changes:
        raise ReviewError(f"a {request.action} takes no changes (use edit)")
    if request.action == "edit" and not request.changes:
        raise ReviewError("an edit needs at least one changed field")
    if len(request.note) > MAX_NOTE:
        raise ReviewError(f"the note is longer than {MAX_NOTE} characters")
    before = {f: _jsonable(machine.get(f)) for f in EDITABLE[request.record]}
    after = {**before, **(current or {}), **clean_changes(request.record, request.changes)}
    row = {
        "fact_key": machine["fact_key"], "record": request.record, "record_id": machine["id"],
        "article_id": machine["article_id"], "sentence_start": machine["sentence_start"],
        "sentence_end": machine["sentence_end"],
        "identity": {c: machine.get(c) or "" for c in IDENTITY_COLUMNS[request.record]},
        "action": request.action, "before": before, "after": after, "reviewer": request.reviewer.strip()[:MAX_VALUE],
        "reviewed_at": now, "note": request.note,
    }
    return {**row, "review_id": review_id(row)}


def review_id(row: dict[str, Any]) -> str:
    """A review's id from its content: the same review imported twice is stored once."""
    parts = [row["fact_key"], row["record"], row["action"], row["after"], row["reviewer"],
             str(row["reviewed_at"]), row["note"]]
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()[:24]


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


@cache
def impact_weights() -> dict[str, float]:
    """The review queue's weights (review/data/impact.yaml), checked on load."""
    text = resources.files("frontwatch.review").joinpath("data/impact.yaml").read_text(encoding="utf-8")
    loaded = yaml.safe_load(text)
    if not isinstance(loaded, dict) or not all(
            isinstance(k, str) and isinstance(v, int | float) and not isinstance(v, bool) for k, v in loaded.items()):
        raise ReviewError("review/data/impact.yaml must map names to numbers")
    return {k: float(v) for k, v in loaded.items()}
