"""The generic words that end a site's name and that reporting writes interchangeably
("Jirah airbase", "Jirah air base", "Jirah military airport"): groups in
``data/designators.yaml``, checked when they are read. A curated name ending with one
phrase of a group is also known by the same name ended with each other phrase."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

from frontwatch.errors import InvalidKnowledgeBase
from frontwatch.kb.places.curated import check_header
from frontwatch.kb.places.normalize import name_key
from frontwatch.yamldata import load_data

DESIGNATORS_FILE = "designators.yaml"
_PHRASE = re.compile(r"[a-z]+(?: [a-z]+)*")


@cache
def designator_groups() -> tuple[tuple[str, ...], ...]:
    """The groups; raises InvalidKnowledgeBase on a bad file, naming each problem."""
    text = resources.files("frontwatch.kb.places").joinpath("data", DESIGNATORS_FILE)
    doc = load_data(text.read_text("utf-8"))
    problems = check_designators(doc)
    if problems:
        raise InvalidKnowledgeBase("\n".join(problems))
    return tuple(tuple(group) for group in doc["designator_groups"])


def designator_variants(names: Iterable[str]) -> list[str]:
    """The names again with each other designator of their group ("Al-Asad airbase" ->
    "Al-Asad air base", "Al-Asad airfield", ...); names ending with none give nothing."""
    found: dict[str, None] = {}
    for name in names:
        ending = _longest_ending(name_key(name))
        if ending is None:
            continue
        stem, group = ending
        found.update(dict.fromkeys(f"{stem} {phrase}" for phrase in group))
    return list(found)


def _longest_ending(key: str) -> tuple[str, tuple[str, ...]] | None:
    """The name's stem and group for the longest designator it ends with (so "air base" is
    read whole, not as a name ending in "base")."""
    best: tuple[str, tuple[str, ...]] | None = None
    best_length = 0
    for group in designator_groups():
        for phrase in group:
            stem = key.removesuffix(" " + phrase)
            if stem != key and stem and len(phrase) > best_length:
                best, best_length = (stem, group), len(phrase)
    return best


def check_designators(doc: Any) -> list[str]:
    """Every problem of the file at once: its header, and each group a list of two or more
    lower-case phrases, no phrase in two places."""
    if not isinstance(doc, dict):
        return [f"{DESIGNATORS_FILE}: not a mapping"]
    problems = check_header(DESIGNATORS_FILE, doc)
    groups = doc.get("designator_groups")
    if not isinstance(groups, list) or not groups:
        return [*problems, f"{DESIGNATORS_FILE}: designator_groups: a non-empty list is required"]
    seen: list[str] = []
    for number, group in enumerate(groups, start=1):
        where = f"{DESIGNATORS_FILE}: designator_groups[{number}]"
        if not isinstance(group, list) or len(group) < 2:
            problems.append(f"{where}: a list of two or more phrases is required")
            continue
        problems += [
            f"{where}: {phrase!r} is not lower-case words"
            for phrase in group
            if not isinstance(phrase, str) or not _PHRASE.fullmatch(phrase)
        ]
        for phrase in group:
            if phrase in seen:
                problems.append(f"{where}: {phrase!r} listed twice")
            seen.append(phrase)
    return problems
