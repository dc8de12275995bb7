"""Teaching the actor knowledge base from review: a name the machine did not know becomes an
alias of a known actor or a new actor, written to the overlay pack ``<review_overlay>/actors.yaml``.

An overlay entry replaces the shipped actor of the same id, so an alias is added to a copy of
the shipped entry (its edges and all). The file is written only if the shipped packs plus the
new overlay pass ``kb check``; later runs load it (``Settings.actor_files``)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from frontwatch.kb.actors import check_packs
from frontwatch.kb.actors.packs import shipped_sources
from frontwatch.review.model import MAX_VALUE, ReviewError

OVERLAY_FILE = "actors.yaml"
OVERLAY_PACK = "review-overlay"
HEADER = ("# Actors taught in FrontWatch's review mode (frontwatch serve --review) or by\n"
          "# `frontwatch review teach`. Checked by `frontwatch kb check`; loaded by every run.\n")
NEW_ACTOR_FIELDS = ("id", "name", "type", "country", "sector", "description")


def overlay_path(folder: str | Path) -> Path:
    return Path(folder) / OVERLAY_FILE


def teach_alias(folder: str | Path, actor_id: str, alias: str) -> dict[str, Any]:
    """Add ``alias`` to the actor ``actor_id`` (from the overlay, else a copy of its shipped entry)."""
    alias = clean_text(alias, "alias")
    entries = _read_overlay(overlay_path(folder))
    entry = next((e for e in entries if e.get("id") == actor_id), None)
    if entry is None:
        entry = _shipped_entry(actor_id)
        entries.append(entry)
    aliases = [str(a) for a in entry.get("aliases") or []]
    if alias not in aliases:
        entry["aliases"] = [*aliases, alias]
    _write_checked(overlay_path(folder), entries)
    return entry


def teach_actor(folder: str | Path, fields: dict[str, Any], alias: str = "") -> dict[str, Any]:
    """Add a new actor (id, name, type, country, sector, description), known also by ``alias``."""
    unknown = sorted(set(fields) - set(NEW_ACTOR_FIELDS))
    if unknown:
        raise ReviewError(f"a new actor takes {', '.join(NEW_ACTOR_FIELDS)}, not {', '.join(unknown)}")
    entry: dict[str, Any] = {k: clean_text(v, k) for k, v in fields.items() if v not in (None, "")}
    for required in ("id", "name", "type"):
        if not entry.get(required):
            raise ReviewError(f"a new actor needs a {required}")
    if alias and alias != entry["name"]:
        entry["aliases"] = [clean_text(alias, "alias")]
    entries = _read_overlay(overlay_path(folder))
    if any(e.get("id") == entry["id"] for e in entries):
        raise ReviewError(f"the overlay already has an actor {entry['id']!r}: add an alias to it instead")
    _write_checked(overlay_path(folder), [*entries, entry])
    return entry


def clean_text(value: Any, name: str) -> str:
    """One line of 1 to MAX_VALUE characters, spaces collapsed; else a ReviewError naming it."""
    text = " ".join(str(value).split())
    if not text or len(text) > MAX_VALUE:
        raise ReviewError(f"{name} must be 1 to {MAX_VALUE} characters")
    return text


def _read_overlay(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        return []
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    actors = data.get("actors") if isinstance(data, dict) else None
    if not isinstance(actors, list):
        raise ReviewError(f"{path}: not an actor pack (expected 'actors:' with a list); fix or move it first")
    return [dict(a) for a in actors if isinstance(a, dict)]


def _shipped_entry(actor_id: str) -> dict[str, Any]:
    for source in shipped_sources():
        data = yaml.safe_load(source.text) or {}
        for raw in (data.get("actors") or []) if isinstance(data, dict) else []:
            if isinstance(raw, dict) and raw.get("id") == actor_id:
                return dict(raw)
    raise ReviewError(f"no actor {actor_id!r} in the shipped packs' actor lists (a state's own entry cannot be "
                      "copied: teach the name as a new actor with an arm_of edge in an overlay by hand)")


def _write_checked(path: Path, entries: list[dict[str, Any]]) -> None:
    text = HEADER + yaml.safe_dump({"pack": OVERLAY_PACK, "actors": entries}, sort_keys=False, allow_unicode=True)
    write_checked(path, text, lambda temporary: check_packs([temporary]))


def write_checked(path: Path, text: str, check: Callable[[Path], list[str]]) -> None:
    """Write an overlay through a temporary file that must pass ``check`` (kb check's problems
    for that file); else leave the overlay as it was and raise a ReviewError naming them."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(suffix=".yaml", dir=path.parent)
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(text)
    problems = check(Path(temporary))
    if problems:
        os.unlink(temporary)
        named = [p.replace(temporary, str(path)) for p in problems[:5]]
        raise ReviewError("the knowledge base would not pass kb check: " + "; ".join(named))
    os.replace(temporary, path)
