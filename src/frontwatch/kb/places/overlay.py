"""Place overlay files: places and spellings an analyst added (``frontwatch review teach``),
checked against the shipped gazetteer and added on top of it by :func:`load_gazetteer`.

A file holds ``places`` (new places, in the curated files' format) and ``place_aliases``
(``{place: ID, names: [...]}``: more spellings of a place the gazetteer knows, by its id, or
of one of the file's own places). Every problem is reported as ``file:line: field: message``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from frontwatch.errors import InvalidKnowledgeBase
from frontwatch.kb.places.curated import LINE, CuratedPlace, load_curated, parse_place, parse_text

if TYPE_CHECKING:
    from frontwatch.kb.places.gazetteer import Gazetteer

OVERLAY_KEYS = ("places", "place_aliases")


def is_place_overlay(path: Path) -> bool:
    """A YAML file with ``places`` or ``place_aliases`` and no ``actors`` (an actor pack)."""
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return False
    return isinstance(doc, dict) and "actors" not in doc and any(k in doc for k in OVERLAY_KEYS)


def overlay_problems(gazetteer: Gazetteer, path: Path) -> list[str]:
    """Every problem of one overlay file, read against ``gazetteer`` (which it leaves as it is)."""
    return _read(gazetteer, path)[2]


def add_overlay(gazetteer: Gazetteer, path: Path) -> None:
    """Add an overlay file's places and spellings to ``gazetteer``; refuse a file with problems."""
    places, aliases, problems = _read(gazetteer, path)
    if problems:
        raise InvalidKnowledgeBase(f"{len(problems)} problem(s) in a place overlay:\n" + "\n".join(problems))
    for item in places:
        gazetteer.add_place(item.place, [item.place.name])
        gazetteer.curated_ids.add(item.place.id)  # so the entity ruler tags its names
        gazetteer.add_aliases(item.place.id, item.aliases)
    for place_id, names in aliases:
        gazetteer.add_aliases(place_id, names)


Aliases = list[tuple[str, list[str]]]


def _read(gazetteer: Gazetteer, path: Path) -> tuple[list[CuratedPlace], Aliases, list[str]]:
    try:
        doc = parse_text(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        return [], [], [f"{path}:1: file: cannot be read ({err})"]
    except yaml.YAMLError as err:
        line = getattr(getattr(err, "problem_mark", None), "line", 0) + 1
        return [], [], [f"{path}:{line}: yaml: {getattr(err, 'problem', None) or err}"]
    if not isinstance(doc, dict) or "actors" in doc:
        return [], [], [f"{path}:1: file: not a place overlay (expected 'places:' and/or 'place_aliases:')"]
    places, problems = _new_places(gazetteer, path, doc.get("places"))
    own = {item.place.id for item in places}
    aliases, alias_problems = _aliases(gazetteer, path, doc.get("place_aliases"), own)
    return places, aliases, problems + alias_problems


def _new_places(gazetteer: Gazetteer, path: Path, entries: Any) -> tuple[list[CuratedPlace], list[str]]:
    if entries is None:
        return [], []
    if not isinstance(entries, list):
        return [], [f"{path}:1: places: expected a list of places"]
    known_admin1 = set(load_curated().admin1_codes.values())
    places: list[CuratedPlace] = []
    problems: list[str] = []
    for entry in entries:
        if not isinstance(entry, dict):
            problems.append(f"{path}:?: places: each place is a mapping")
            continue
        item, errors = parse_place(str(path), entry)
        problems += errors
        if item is None:
            continue
        where = f"{path}:{entry.get(LINE, '?')}"
        if gazetteer.get(item.place.id) or any(p.place.id == item.place.id for p in places):
            problems.append(f"{where}: id: {item.place.id!r} is already a place")
        if item.place.admin1 and item.place.admin1 not in known_admin1:
            problems.append(f"{where}: admin1: {item.place.admin1!r} is not a known admin1 name")
        places.append(item)
    return places, problems


def _aliases(gazetteer: Gazetteer, path: Path, entries: Any, own: set[str]) -> tuple[Aliases, list[str]]:
    if entries is None:
        return [], []
    if not isinstance(entries, list):
        return [], [f"{path}:1: place_aliases: expected a list of {{place: ID, names: [...]}}"]
    found: Aliases = []
    problems: list[str] = []
    for entry in entries:
        where = f"{path}:{entry.get(LINE, '?') if isinstance(entry, dict) else '?'}"
        place_id = str(entry.get("place", "")) if isinstance(entry, dict) else ""
        names = _names(entry.get("names") if isinstance(entry, dict) else None)
        if gazetteer.get(place_id) is None and place_id not in own:
            problems.append(f"{where}: place: {place_id!r} is no place the gazetteer knows")
        elif not names:
            problems.append(f"{where}: names: give one or more names")
        else:
            found.append((place_id, names))
    return found, problems


def _names(value: Any) -> list[str]:
    if not isinstance(value, Iterable) or isinstance(value, str | bytes | dict):
        return []
    return [" ".join(str(n).split()) for n in value if str(n).strip()]
