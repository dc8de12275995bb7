"""Find and read actor packs: the shipped ones inside the package, then user overlays.

A pack is one YAML file, or a folder of them, with a top-level ``pack:`` name and an
``actors:`` list (and optionally ``countries:`` for the generated world pack and
``ambiguous:`` for aliases that name several actors on purpose).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import pycountry
import yaml

from frontwatch.kb.actors.schema import ACTOR_FIELDS, ActorEntry, KBEdge
from frontwatch.kb.actors.yamlio import LINE_KEY, LINES_KEY, line_of, read_yaml
from frontwatch.records import Actor

_DATE = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
_SPAN = re.compile(rf"^({_DATE})?\.\.({_DATE})?$")
_SINGLE = re.compile(rf"^{_DATE}$")
PACKS_DIR = ("data", "packs")


@dataclass(slots=True)
class PackSource:
    """The text of one pack file and where it came from."""

    where: str  # shown in problems: a path
    text: str
    shipped: bool


@dataclass(slots=True)
class PackContent:
    """What one file contributed, plus the problems met while reading it."""

    source: PackSource
    pack: str = ""
    entries: list[ActorEntry] = field(default_factory=list)
    ambiguous: dict[str, tuple[list[str], int]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def shipped_sources() -> list[PackSource]:
    """Every YAML file under the package's data/packs, in a stable order."""
    root = resources.files("frontwatch.kb.actors").joinpath(*PACKS_DIR)
    sources: list[PackSource] = []
    _collect(root, "frontwatch/kb/actors/" + "/".join(PACKS_DIR), sources)
    return sources


def _collect(node: Any, prefix: str, sources: list[PackSource]) -> None:
    for child in sorted(node.iterdir(), key=lambda c: c.name):
        where = f"{prefix}/{child.name}"
        if child.is_dir():
            _collect(child, where, sources)
        elif child.name.endswith((".yaml", ".yml")):
            sources.append(PackSource(where, child.read_text(encoding="utf-8"), shipped=True))


def user_sources(files: tuple[str | Path, ...] | list[Path]) -> list[PackSource]:
    """Overlay files given by the user; a folder stands for the YAML files inside it."""
    sources = []
    for item in files:
        path = Path(item)
        paths = sorted(path.rglob("*.y*ml")) if path.is_dir() else [path]
        for p in paths:
            sources.append(PackSource(str(p), p.read_text(encoding="utf-8"), shipped=False))
    return sources


def read_source(source: PackSource) -> PackContent:
    """Parse one pack file into entries, collecting (not raising) its problems."""
    content = PackContent(source)
    try:
        data = read_yaml(source.text)
    except (yaml.YAMLError, ValueError, TypeError) as err:  # a reported problem, not a crash
        line = getattr(getattr(err, "problem_mark", None), "line", -1) + 1
        message = " ".join(str(err).replace('in "<unicode string>", ', "").split())
        content.problems.append(f"{source.where}:{line}: yaml: {message}")
        return content
    if not isinstance(data, dict):
        content.problems.append(f"{source.where}:1: pack: expected a mapping with 'actors:'")
        return content
    content.pack = str(data.get("pack") or Path(source.where).stem)
    _read_countries(data.get("countries") or {}, content)
    for raw in data.get("actors") or []:
        entry = _read_actor(raw, content)
        if entry is not None:
            content.entries.append(entry)
    _read_ambiguous(data, content)
    return content


def _problem(content: PackContent, line: int, field_name: str, message: str) -> None:
    content.problems.append(f"{content.source.where}:{line}: {field_name}: {message}")


def _read_ambiguous(data: dict[str, Any], content: PackContent) -> None:
    for alias, ids in (data.get("ambiguous") or {}).items():
        if alias in (LINE_KEY, LINES_KEY):
            continue
        line = line_of(data["ambiguous"], alias)
        if not isinstance(ids, list) or len(ids) < 2:
            _problem(content, line, "ambiguous", f"{alias!r} needs a list of two or more ids")
            continue
        content.ambiguous[str(alias)] = ([str(i) for i in ids], line)


def _strings(raw: dict[str, Any], key: str, content: PackContent) -> list[str]:
    value = raw.get(key) or []
    if isinstance(value, str) or not all(isinstance(v, str) for v in value):
        _problem(content, line_of(raw, key), key, "expected a list of strings")
        return []
    return list(value)


def _read_actor(raw: Any, content: PackContent) -> ActorEntry | None:
    if not isinstance(raw, dict):
        _problem(content, 0, "actors", f"expected a mapping, got {raw!r}")
        return None
    line = line_of(raw)
    actor = Actor(
        id=str(raw.get("id") or ""),
        name=str(raw.get("name") or ""),
        type=str(raw.get("type") or ""),
        country=str(raw.get("country") or ""),
        sector=str(raw.get("sector") or ""),
        aliases=_strings(raw, "aliases", content),
        description=str(raw.get("description") or "").strip(),
        pack=content.pack,
    )
    entry = ActorEntry(
        actor=actor,
        priority=int(raw.get("priority") or 0),
        branch=str(raw.get("branch") or ""),
        antecedent=dict(raw.get("antecedent") or {}),
        capitals=_strings(raw, "capitals", content),
        demonyms=_strings(raw, "demonyms", content),
        in_state=_strings(raw, "in_state", content),
        where=f"{content.source.where}:{line}",
        lines={key: line_of(raw, key) for key in raw.get(LINES_KEY, {})},
    )
    entry.lines.setdefault("id", line)
    for key in entry.lines:
        if key not in ACTOR_FIELDS:
            _problem(content, entry.lines[key], key, f"unknown field in actor {actor.id!r}")
    for key in (LINE_KEY, LINES_KEY):
        entry.antecedent.pop(key, None)
    edges = (_read_edge(actor.id, item, raw, content) for item in raw.get("edges") or [])
    entry.edges = [edge for edge in edges if edge is not None]
    return entry


def parse_date(text: str, *, end: bool = False) -> dt.date:
    """'2016', '2016-07' or '2016-07-28'; a bare year or month means its first (or last) day."""
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 2:
        year, month = parts
        if not end:
            return dt.date(year, month, 1)
        next_month = dt.date(year + month // 12, month % 12 + 1, 1)
        return next_month - dt.timedelta(days=1)
    return dt.date(parts[0], 12, 31) if end else dt.date(parts[0], 1, 1)


def _read_edge(source: str, item: Any, raw: dict[str, Any], content: PackContent) -> KBEdge | None:
    """An edge written 'kind TARGET [start..end] [role words]'."""
    line = line_of(raw, "edges")
    tokens = str(item).split()
    if len(tokens) < 2:
        _problem(content, line, "edges", f"{item!r}: expected 'kind TARGET [start..end] [role]'")
        return None
    kind, target, rest = tokens[0], tokens[1], tokens[2:]
    start = end = None
    try:
        if rest and (_SPAN.match(rest[0]) or _SINGLE.match(rest[0])):
            start, end = parse_span(rest.pop(0))
    except ValueError as err:
        _problem(content, line, "edges", f"{item!r}: bad date ({err})")
        return None
    return KBEdge(source, kind, target, start, end, " ".join(rest))


def parse_span(text: str) -> tuple[dt.date | None, dt.date | None]:
    """'2015-10..2017' -> (start, end); a single date is a start with no end."""
    if ".." not in text:
        return parse_date(text), None
    first, last = text.split("..", 1)
    return (parse_date(first) if first else None, parse_date(last, end=True) if last else None)


def _read_countries(countries: dict[str, Any], content: PackContent) -> None:
    """The world pack: one state per ISO country, names from pycountry, the rest from YAML."""
    if not countries:
        return
    for country in pycountry.countries:
        extra = countries.get(country.alpha_3) or {}
        content.entries.append(_country_entry(country, extra, content))
    for code in countries:
        if not code.startswith("__") and pycountry.countries.get(alpha_3=code) is None:
            _problem(
                content, line_of(countries, code), "countries", f"{code} is not an ISO alpha-3 code"
            )


def _country_entry(country: Any, extra: dict[str, Any], content: PackContent) -> ActorEntry:
    names = [getattr(country, k, "") for k in ("common_name", "name", "official_name")]
    names = [_uninvert(n) for n in names if n]
    line = line_of(extra) if extra else 0
    actor = Actor(
        id=country.alpha_3,
        name=names[0],
        type="state",
        country=country.alpha_3,
        sector="GOV",
        aliases=list(dict.fromkeys([*names[1:], *(extra.get("aliases") or [])])),
        description=f"The state of {names[0]} (ISO {country.alpha_2}/{country.alpha_3}).",
        pack=content.pack,
    )
    return ActorEntry(
        actor=actor,
        capitals=list(extra.get("capitals") or []),
        demonyms=list(extra.get("demonyms") or []),
        where=f"{content.source.where}:{line}",
        lines={"id": line, "aliases": line},
    )


def _uninvert(name: str) -> str:
    """'Korea, Republic of' -> 'Republic of Korea'."""
    if ", " not in name:
        return name
    head, tail = name.split(", ", 1)
    return f"{tail} {head}"
