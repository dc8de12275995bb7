"""What a PLOVER type and mode mean in other codebooks: ACLED, CAMEO, a conflict score."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.lexicon import get_lexicon

_FIELDS = ("acled_event_type", "acled_sub_event_type", "cameo", "score", "disorder_type")


def event_type_info(type: str, mode: str = "") -> dict[str, Any]:
    """ACLED event/sub-event and disorder type, CAMEO root code and conflict-cooperation
    score for a PLOVER type and mode; an empty dict for an unknown type."""
    table: dict[str, Any] = get_lexicon().typeinfo["types"]
    entry = table.get(type.upper())
    if entry is None:
        return {}
    info = {name: entry.get(name) for name in _FIELDS}
    info.update((entry.get("modes") or {}).get(mode, {}))
    info["plover_type"], info["plover_mode"] = type.upper(), mode
    info["score"] = float(info["score"])
    return info
