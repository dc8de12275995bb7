"""Reviews as JSONL, one review a line, so a team can merge its work: import keeps every review
it does not hold yet (by review id), so importing a file twice, or a colleague's file holding
some of one's own reviews, loses nothing and adds nothing twice."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from frontwatch.review.model import ReviewError, check_record, clean_changes, review_id
from frontwatch.store.db import Store
from frontwatch.store.review_schema import REVIEW_ACTIONS
from frontwatch.store.reviews import REVIEW_COLUMNS, insert_reviews, select_reviews

REQUIRED = ("fact_key", "record", "action", "reviewed_at")


def export_reviews(store: Store, out: IO[str]) -> int:
    """Write the whole log (oldest first) as JSONL; return the number of reviews."""
    rows = select_reviews(store)
    for row in rows:
        out.write(json.dumps(row, sort_keys=True, default=_as_text, ensure_ascii=False) + "\n")
    return len(rows)


def _as_text(value: Any) -> str:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def read_review_lines(lines: Iterable[str], origin: str) -> list[dict[str, Any]]:
    """Every review of a JSONL file, checked; all problems are raised together, as origin:line: message."""
    reviews, problems = [], []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            reviews.append(_review_from_json(line))
        except ReviewError as err:
            problems.append(f"{origin}:{number}: {err}")
    if problems:
        raise ReviewError("\n".join(problems))
    return reviews


def _review_from_json(line: str) -> dict[str, Any]:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as err:
        raise ReviewError(f"not JSON ({err.msg})") from err
    if not isinstance(data, dict):
        raise ReviewError("a review must be a JSON object")
    missing = [name for name in REQUIRED if not data.get(name)]
    if missing:
        raise ReviewError(f"missing {', '.join(missing)}")
    check_record(data["record"])
    if data["action"] not in REVIEW_ACTIONS:
        raise ReviewError(f"unknown action {data['action']!r}")
    for name in ("identity", "before", "after"):
        if data.get(name) is not None and not isinstance(data[name], dict):
            raise ReviewError(f"{name} must be an object")
    clean_changes(data["record"], data.get("after") or {})  # checked, but kept as written: nothing altered
    try:
        data["reviewed_at"] = dt.datetime.fromisoformat(str(data["reviewed_at"])).replace(tzinfo=None)
    except ValueError as err:
        raise ReviewError(f"reviewed_at {data['reviewed_at']!r} is not a time") from err
    row = {name: data.get(name) for name in REVIEW_COLUMNS}
    row["note"], row["reviewer"] = str(row["note"] or ""), str(row["reviewer"] or "")
    row["review_id"] = str(row["review_id"] or review_id(row))
    return row


def import_reviews(store: Store, path: Path | str) -> tuple[int, int]:
    """Merge a JSONL file (or '-' for stdin, via its lines) into the log; return (read, new)."""
    reviews = read_review_lines(_lines(path), str(path))
    return len(reviews), insert_reviews(store, reviews)


def _lines(path: Path | str) -> Iterator[str]:
    if str(path) == "-":
        import sys

        yield from sys.stdin
        return
    with open(path, encoding="utf-8") as handle:
        yield from handle
