"""The one event-type table (``data/eventtypes.yaml``): what a PLOVER type and mode mean in
ACLED and CAMEO, their conflict-cooperation score, the network tie an event of the type is
evidence of, and the weight of each stated relation.

Extraction, the store's network queries, the exports and the server all read it here, so
there is one table to change and nothing to keep in step.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any, cast

from frontwatch.yamldata import load_data

FIELDS = ("acled_event_type", "acled_sub_event_type", "cameo", "score", "disorder_type")


@lru_cache(maxsize=1)
def event_type_table() -> dict[str, Any]:
    """The parsed table: ``types`` (type -> defaults, ``tie`` and ``modes``) and ``relations``."""
    text = resources.files("frontwatch.data").joinpath("eventtypes.yaml").read_text(encoding="utf-8")
    return cast(dict[str, Any], load_data(text))


def event_type_info(type: str, mode: str = "") -> dict[str, Any]:
    """ACLED event/sub-event and disorder type, CAMEO root code and conflict-cooperation
    score for a PLOVER type and mode (a mode the table does not name takes its type's), with
    ``plover_type`` and ``plover_mode``; an empty dict for an unknown type."""
    entry = event_type_table()["types"].get(type.upper())
    if entry is None:
        return {}
    info = {name: entry.get(name) for name in FIELDS}
    info.update((entry.get("modes") or {}).get(mode, {}))
    info["plover_type"], info["plover_mode"] = type.upper(), mode
    info["score"] = float(info["score"])
    return info


def type_info(type: str, mode: str = "") -> dict[str, Any]:
    """The :data:`FIELDS` of a type and mode, each None when the type is unknown."""
    info = event_type_info(type, mode or "")
    return {name: info.get(name) for name in FIELDS}


def acled_types(type: str, mode: str = "", *, civilian_target: bool) -> tuple[str, str]:
    """ACLED event and sub-event type of an act: "Violence against civilians" only when its
    target is civilian, else the table's ``acled_non_civilian_target`` coding of its sub-event."""
    info = type_info(type, mode)
    event_type, sub_event = info["acled_event_type"] or "", info["acled_sub_event_type"] or ""
    if event_type != "Violence against civilians" or civilian_target:
        return event_type, sub_event
    other = event_type_table().get("acled_non_civilian_target", {}).get(sub_event)
    if not other or not {"acled_event_type", "acled_sub_event_type"} <= set(other):
        raise ValueError(f"eventtypes.yaml: acled_non_civilian_target has no full coding for {sub_event!r}")
    return str(other["acled_event_type"]), str(other["acled_sub_event_type"])


def event_score(type: str, mode: str = "") -> float:
    """The conflict (-) / cooperation (+) score of an event; 0.0 for an unknown type."""
    score = type_info(type, mode).get("score")
    return float(score) if score is not None else 0.0


def event_tie(type: str) -> str:
    """The network tie an event of this type between two actors is evidence of ('' for none)."""
    entry = event_type_table()["types"].get(type.upper()) or {}
    return str(entry.get("tie") or "")


def named_modes(type: str) -> set[str]:
    """The modes the table names for a type (every other mode scores as the type does)."""
    entry = event_type_table()["types"].get(type.upper()) or {}
    return set(entry.get("modes") or {})


def relation_weight(kind: str) -> float:
    """The weight of one stated relation of this kind in the cooperation-conflict score."""
    return float(event_type_table()["relations"].get(kind, 0.0))


def event_types() -> list[dict[str, Any]]:
    """Every type with its defaults, tie and mode names, in the table's order (for the UI)."""
    return [{"type": name, **{f: entry.get(f) for f in FIELDS}, "tie": entry.get("tie") or "",
             "modes": list(entry.get("modes") or {})}
            for name, entry in event_type_table()["types"].items()]
