"""One place's control timeline as the server returns it: who held it when (fuse.control's
periods and conflicts), built from that place's claims only, as plain JSON-ready dicts."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from frontwatch.fusion import place_timeline
from frontwatch.records import ControlClaim
from frontwatch.store.db import Store


def place_timeline_body(store: Store, place: str) -> dict[str, Any] | None:
    """The timeline of ``place`` (an id or exact name), or None when no fact names it."""
    timeline = place_timeline(store, place)
    if timeline is None:
        return None
    return {
        "key": timeline.key, "place": asdict(timeline.place),
        "periods": [{"controller": p.controller, "start": p.start, "end": p.end, "reports": len(p.claims),
                     "conflict": p.conflict, "sentence": p.sentence, "claims": [_claim(c) for c in p.claims]}
                    for p in timeline.periods],
        "conflicts": [{"date": c.date, "controllers": c.controllers, "note": c.note,
                       "claims": [_claim(x) for x in c.claims]} for c in timeline.conflicts],
    }


def _claim(c: ControlClaim) -> dict[str, Any]:
    return {"change_id": c.change_id, "article_id": c.article_id, "outlet": c.outlet, "date": c.date,
            "kind": c.kind, "controller": c.controller, "certainty": c.certainty, "sentence": c.sentence}
