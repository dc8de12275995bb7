"""HTML ids of report rows, shared by the tables and the key judgements that link to them."""

from __future__ import annotations

import re

# Sections a judgement links to as a whole.
BELLIGERENTS = "belligerents"
CHANGED_HANDS = "changed-hands"
TIE_CHANGES = "tie-changes"
TOTALS_BY_TYPE = "totals-by-type"
TOTALS_BY_PLACE = "totals-by-place"


def _slug(value: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", value).strip("-") or "none"


def actor_anchor(actor: str) -> str:
    return f"actor-{_slug(actor)}"


def event_anchor(fused_id: str) -> str:
    return f"event-{_slug(fused_id)}"


def type_anchor(event_type: str) -> str:
    return f"type-{_slug(event_type)}"

