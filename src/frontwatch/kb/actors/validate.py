"""Merge packs and check them, reporting every problem as ``file:line: field: message``."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

import pycountry

from frontwatch.kb.actors.names import normalise
from frontwatch.kb.actors.packs import PackContent
from frontwatch.kb.actors.phrasecheck import check_phrase_rules
from frontwatch.kb.actors.schema import ACTOR_TYPES, BRANCHES, EDGE_KINDS, SECTORS, ActorEntry

_ID = re.compile(r"^[A-Z][A-Z0-9_]*$")
_ANTECEDENT_KEYS = frozenset(
    {
        "types",
        "sectors",
        "ids",
        "not_ids",
        "branch",
        "require",
        "by_state",
        "by_state_also",
        "by_article",
        "named_sectors",
        "named_types",
        "arm",
    }
)

_REQUIREMENTS = frozenset({"definite", "anaphor", "state", "home", "local", "national"})


@dataclass(slots=True)
class MergedPacks:
    """All actors after overlays were applied, the declared ambiguities, the problems."""

    entries: dict[str, ActorEntry] = field(default_factory=dict)
    ambiguous: dict[str, set[str]] = field(default_factory=dict)  # normalised alias -> ids
    problems: list[str] = field(default_factory=list)


def name_forms(entry: ActorEntry) -> list[tuple[str, str]]:
    """(surface form, kind) for every name an actor is written under in its pack."""
    forms = [(entry.actor.name, "name")]
    forms += [(a, "alias") for a in entry.actor.aliases]
    forms += [(d, "demonym") for d in entry.demonyms]
    forms += [(c, "capital") for c in entry.capitals]
    return forms


def merge_packs(contents: list[PackContent]) -> MergedPacks:
    """Shipped packs must not repeat an id; an overlay may replace a shipped actor."""
    merged = MergedPacks()
    first_seen: dict[str, ActorEntry] = {}
    for content in contents:
        merged.problems.extend(content.problems)
        seen_here: set[str] = set()
        for entry in content.entries:
            _add_entry(merged, entry, content, seen_here, first_seen)
        for alias, (ids, _line) in content.ambiguous.items():
            merged.ambiguous.setdefault(normalise(alias), set()).update(ids)
    _check_ambiguous_ids(merged, contents)
    return merged


def _add_entry(
    merged: MergedPacks,
    entry: ActorEntry,
    content: PackContent,
    seen_here: set[str],
    first_seen: dict[str, ActorEntry],
) -> None:
    actor_id = entry.actor.id
    earlier = first_seen.get(actor_id)
    duplicate = actor_id in seen_here or (earlier is not None and content.source.shipped)
    if duplicate and earlier is not None:
        merged.problems.append(
            f"{entry.where}: id: duplicate id {actor_id!r} (first defined at {earlier.where})"
        )
        return
    seen_here.add(actor_id)
    first_seen.setdefault(actor_id, entry)
    merged.entries[actor_id] = entry


def _check_ambiguous_ids(merged: MergedPacks, contents: list[PackContent]) -> None:
    for content in contents:
        for alias, (ids, line) in content.ambiguous.items():
            for actor_id in ids:
                if actor_id not in merged.entries:
                    where = f"{content.source.where}:{line}"
                    merged.problems.append(
                        f"{where}: ambiguous: {alias!r} lists unknown id {actor_id!r}"
                    )


def check_merged(merged: MergedPacks) -> list[str]:
    """Every problem in the merged packs, read-time problems first."""
    problems = list(merged.problems)
    for entry in merged.entries.values():
        problems.extend(check_entry(entry, merged.entries))
    problems.extend(check_alias_collisions(merged))
    problems.extend(check_phrase_rules(merged.entries))
    return problems


def _at(entry: ActorEntry, field_name: str) -> str:
    file = entry.where.rsplit(":", 1)[0]
    line = entry.lines.get(field_name) or entry.lines.get("id", 0)
    return f"{file}:{line}: {field_name}"


@lru_cache(maxsize=1)
def _iso3_codes() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.countries)


def check_entry(entry: ActorEntry, known: dict[str, ActorEntry]) -> list[str]:
    """Problems in one actor's own fields and its edges."""
    actor, problems = entry.actor, []
    if not _ID.match(actor.id):
        problems.append(f"{_at(entry, 'id')}: {actor.id!r} is not an UPPER_SNAKE id")
    if not actor.name:
        problems.append(f"{_at(entry, 'name')}: actor {actor.id!r} has no name")
    if actor.type not in ACTOR_TYPES:
        problems.append(f"{_at(entry, 'type')}: {actor.type!r} is not one of {sorted(ACTOR_TYPES)}")
    if actor.sector not in SECTORS:
        problems.append(f"{_at(entry, 'sector')}: unknown sector {actor.sector!r}")
    if actor.country and actor.country not in _iso3_codes():
        problems.append(f"{_at(entry, 'country')}: {actor.country!r} is not an ISO alpha-3 code")
    if entry.branch not in BRANCHES:
        problems.append(
            f"{_at(entry, 'branch')}: {entry.branch!r} is not one of {sorted(BRANCHES)}"
        )
    problems.extend(_check_prefix(entry))
    problems.extend(_check_edges(entry, known))
    problems.extend(_check_antecedent(entry, known))
    problems.extend(_check_by_state(entry, entry.in_state, known, "in_state", ""))
    return problems


def _check_prefix(entry: ActorEntry) -> list[str]:
    actor = entry.actor
    for prefix, kind in (("P_", "person"), ("GEN_", "generic")):
        if (actor.type == kind) != actor.id.startswith(prefix):
            rule = f"{kind} ids start with {prefix} and only they do"
            return [f"{_at(entry, 'id')}: {rule} ({actor.id!r})"]
    return []


def _check_edges(entry: ActorEntry, known: dict[str, ActorEntry]) -> list[str]:
    problems = []
    for edge in entry.edges:
        if edge.kind not in EDGE_KINDS:
            problems.append(f"{_at(entry, 'edges')}: unknown edge kind {edge.kind!r}")
        if edge.target not in known:
            problems.append(
                f"{_at(entry, 'edges')}: {edge.kind} target {edge.target!r} is not a known actor"
            )
        if edge.start and edge.end and edge.start > edge.end:
            problems.append(
                f"{_at(entry, 'edges')}: {edge.kind} {edge.target} ends before it starts"
            )
    return problems


def _check_antecedent(entry: ActorEntry, known: dict[str, ActorEntry]) -> list[str]:
    problems = []
    for key, values in entry.antecedent.items():
        if key not in _ANTECEDENT_KEYS:
            problems.append(f"{_at(entry, 'antecedent')}: unknown key {key!r}")
        elif key in ("ids", "not_ids"):
            problems += [
                f"{_at(entry, 'antecedent')}: unknown id {v!r}" for v in values if v not in known
            ]
        elif key == "by_state":
            problems += _check_by_state(entry, values, known, "antecedent", "by_state: ")
        elif key == "by_state_also":
            problems += [
                f"{_at(entry, 'antecedent')}: by_state_also: unknown {v!r} (bare, collective)"
                for v in values
                if v not in ("bare", "collective")
            ]
        elif key == "named_sectors":
            problems += [
                f"{_at(entry, 'antecedent')}: named_sectors: unknown sector {v!r}" for v in values if v not in SECTORS
            ]
        elif key == "arm":
            problems += [
                f"{_at(entry, 'antecedent')}: arm: unknown branch {v!r}" for v in values if not v or v not in BRANCHES
            ]
        elif key == "named_types":
            problems += [
                f"{_at(entry, 'antecedent')}: named_types: unknown type {v!r}"
                for v in values
                if v not in ACTOR_TYPES
            ]
        elif key == "require":
            problems += [
                f"{_at(entry, 'antecedent')}: require: unknown {v!r} (definite, anaphor, state, home, local, national)"
                for v in values
                if v not in _REQUIREMENTS
            ]
        elif key == "by_article":
            problems += [
                f"{_at(entry, 'antecedent')}: by_article: unknown {v!r} (sole, speaker)"
                for v in values
                if v not in ("sole", "speaker")
            ]
    return problems


def _check_by_state(
    entry: ActorEntry, lines: list[str], known: dict[str, ActorEntry], key: str, label: str
) -> list[str]:
    """'STATE ACTOR [start..end]' lines: both ids known, the dates readable."""
    from frontwatch.kb.actors.articlestate import parse_by_state

    problems = []
    for line in lines:
        try:
            choice = parse_by_state(line)
        except ValueError as err:
            problems.append(f"{_at(entry, key)}: {label}{err}")
            continue
        for actor_id in (choice.state, choice.actor):
            if actor_id not in known:
                problems.append(f"{_at(entry, key)}: {label}unknown id {actor_id!r}")
    return problems


def check_alias_collisions(merged: MergedPacks) -> list[str]:
    """Names shared by actors with no priority to pick one and no ambiguous: entry."""
    owners: dict[str, dict[str, ActorEntry]] = defaultdict(dict)
    for entry in merged.entries.values():
        for surface, _kind in name_forms(entry):
            owners[normalise(surface)][entry.actor.id] = entry
    problems = []
    for key, by_id in owners.items():
        if len(by_id) < 2 or set(by_id) <= merged.ambiguous.get(key, set()):
            continue
        if winner_by_priority(list(by_id.values())) is None:
            last = list(by_id.values())[-1]
            others = sorted(set(by_id) - {last.actor.id})
            problems.append(
                f"{_at(last, 'aliases')}: {key!r} also names {', '.join(others)};"
                " set a higher priority on one or list it under ambiguous:"
            )
    return problems


def winner_by_priority(entries: list[ActorEntry]) -> ActorEntry | None:
    """The one entry with the strictly highest priority, if there is one."""
    ranked = sorted(entries, key=lambda e: e.priority, reverse=True)
    if len(ranked) == 1 or ranked[0].priority > ranked[1].priority:
        return ranked[0]
    return None
