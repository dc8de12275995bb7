"""What an event type means elsewhere (ACLED, CAMEO, a score) and which tie it evidences.

Asks :func:`frontwatch.extract.typeinfo.event_type_info` first; falls back to this
package's ``data/eventtypes.yaml`` when that is missing or does not know the type.
The network tie and the relation weights always come from ``eventtypes.yaml``.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

FIELDS = ("acled_event_type", "acled_sub_event_type", "cameo", "score", "disorder_type")


@lru_cache(maxsize=1)
def type_table() -> dict[str, Any]:
    """The event type table (ACLED, CAMEO, scores, ties) from fuse/data/eventtypes.yaml."""
    text = resources.files("frontwatch.fuse").joinpath("data/eventtypes.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def _extract_info(type_: str, mode: str) -> dict[str, Any]:
    try:
        from frontwatch.extract.typeinfo import event_type_info
    except ImportError:
        return {}
    try:
        return dict(event_type_info(type_, mode) or {})
    except (KeyError, ValueError, TypeError, OSError):
        return {}


def _fallback_info(type_: str, mode: str) -> dict[str, Any]:
    entry = type_table()["types"].get(type_.upper())
    if entry is None:
        return {}
    info = {name: entry.get(name) for name in FIELDS}
    info.update((entry.get("modes") or {}).get(mode, {}))
    return info


@lru_cache(maxsize=512)
def _type_info(type_: str, mode: str) -> tuple[tuple[str, Any], ...]:
    info = _extract_info(type_, mode) or _fallback_info(type_, mode)
    return tuple((name, info.get(name)) for name in FIELDS)


def type_info(type_: str, mode: str = "") -> dict[str, Any]:
    """ACLED event/sub-event and disorder type, CAMEO code and score ({} fields None if unknown)."""
    return dict(_type_info(type_.upper(), mode or ""))


def event_score(type_: str, mode: str = "") -> float:
    score = type_info(type_, mode).get("score")
    return float(score) if score is not None else 0.0


def event_tie(type_: str) -> str:
    """The network tie an event of this type between two actors is evidence of ('' for none)."""
    entry = type_table()["types"].get(type_.upper()) or {}
    return str(entry.get("tie") or "")


def relation_weight(kind: str) -> float:
    return float(type_table()["relations"].get(kind, 0.0))
