"""Check data/phrases.yaml against the actor packs: every actor id it names must exist."""

from __future__ import annotations

from collections.abc import Collection
from importlib import resources

from frontwatch.kb.actors.phrases import PHRASES_WHERE
from frontwatch.kb.actors.yamlio import line_of, read_yaml


def check_phrase_rules(known: Collection[str]) -> list[str]:
    """Problems in data/phrases.yaml: every actor id it names must exist in the packs."""
    text = (
        resources.files("frontwatch.kb.actors").joinpath("data", "phrases.yaml").read_text("utf-8")
    )
    data = read_yaml(text)
    problems = []
    for rule in data.get("refinements") or []:
        for actor_id in [rule.get("generic"), rule.get("becomes"), *(rule.get("actors") or [])]:
            if actor_id not in known:
                problems.append(
                    f"{PHRASES_WHERE}:{line_of(rule)}: refinements: unknown id {actor_id!r}"
                )
    for actor_id in data.get("theatre_states") or []:
        if actor_id not in known:
            where = f"{PHRASES_WHERE}:{line_of(data, 'theatre_states')}"
            problems.append(f"{where}: theatre_states: unknown id {actor_id!r}")
    for section in ("qualifiers", "owners", "linked_heads"):
        mapping = data.get(section) or {}
        for word, actor_id in mapping.items():
            if not word.startswith("__") and actor_id not in known:
                where = f"{PHRASES_WHERE}:{line_of(mapping, word)}"
                problems.append(f"{where}: {section}: unknown id {actor_id!r}")
    return problems
