"""How often the machine agreed with its reviewers, per kind of record and per field.

Each fact counts once, by its latest review: a confirmation agrees on the fact and every
field; a rejection disagrees on the fact (its fields are not judged); an edit agrees on the
fact and on each field it left as the machine had it."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from frontwatch.store.db import Store
from frontwatch.store.review_schema import EDITABLE
from frontwatch.store.reviews import select_reviews


def review_agreement(store: Store) -> dict[str, Any]:
    """``{"facts_reviewed": n, "per_kind": {kind: {"facts": n, "fact_right": rate, "actions": {...},
    "fields": {field: {"judged": n, "agreed": n, "agreement": rate}}}}}``."""
    tallies: dict[str, dict[str, Any]] = defaultdict(_tally)
    latest = select_reviews(store, latest_only=True)
    for review in latest:
        tally = tallies[review["record"]]
        tally["facts"] += 1
        tally["actions"][review["action"]] += 1
        if review["action"] == "reject":
            continue
        tally["right"] += 1
        before, after = review["before"] or {}, review["after"] or {}
        for field in EDITABLE[review["record"]]:
            tally["judged"][field] += 1
            tally["agreed"][field] += int(_same(before.get(field), after.get(field)))
    return {"facts_reviewed": len(latest), "per_kind": {kind: _rates(t) for kind, t in sorted(tallies.items())}}


def _tally() -> dict[str, Any]:
    return {"facts": 0, "right": 0, "actions": defaultdict(int), "judged": defaultdict(int), "agreed": defaultdict(int)}


def _same(machine: Any, reviewer: Any) -> bool:
    return (machine or None) == (reviewer or None)  # '' and null both mean 'none'


def _rates(t: dict[str, Any]) -> dict[str, Any]:
    fields = {f: {"judged": n, "agreed": t["agreed"][f], "agreement": round(t["agreed"][f] / n, 3)}
              for f, n in sorted(t["judged"].items())}
    return {"facts": t["facts"], "fact_right": round(t["right"] / t["facts"], 3), "actions": dict(t["actions"]),
            "fields": fields}
