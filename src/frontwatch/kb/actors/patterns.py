"""Entity-ruler patterns generated from the knowledge base (never listed by hand)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from spacy.lang.en.stop_words import STOP_WORDS

from frontwatch.kb.actors.names import normalise, surface_variants
from frontwatch.kb.actors.validate import name_forms
from frontwatch.yamldata import load_data

if TYPE_CHECKING:
    from frontwatch.kb.actors.kb import ActorKB

_ACRONYM = re.compile(r"^[A-Z]{2,3}$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_MIN_LENGTH = 3
_LABELS = {"person": "PERSON", "state": "GPE"}
_FORM_LABELS = {"demonym": "NORP", "capital": "GPE"}


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Names that are also everyday words, from data/phrases.yaml."""
    text = (
        resources.files("frontwatch.kb.actors").joinpath("data", "phrases.yaml").read_text("utf-8")
    )
    return frozenset(normalise(w) for w in load_data(text).get("not_in_patterns") or [])


def build_patterns(kb: ActorKB) -> list[dict[str, Any]]:
    """Phrase patterns (matched on LOWER) for every unambiguous name of every actor."""
    patterns: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for actor_id, entry in kb.entries.items():
        if entry.actor.type == "generic":
            continue
        for surface, kind in name_forms(entry):
            for pattern in _patterns_for(kb, actor_id, surface, kind):
                key = (str(pattern["pattern"]).lower(), actor_id)
                if key not in seen:
                    seen.add(key)
                    patterns.append(pattern)
    return patterns


def _patterns_for(kb: ActorKB, actor_id: str, surface: str, kind: str) -> list[dict[str, Any]]:
    if kb.names.owner_of(normalise(surface)) != actor_id:
        return []  # ambiguous or won by another actor
    label = _FORM_LABELS.get(kind) or _LABELS.get(kb.actors[actor_id].type, "ORG")
    if _ACRONYM.match(surface):
        return [{"label": label, "pattern": [{"ORTH": surface}], "id": actor_id}]
    if not _usable(surface):
        return []
    variants = {_LEADING_THE.sub("", v) for v in surface_variants(surface)}
    return [{"label": label, "pattern": v, "id": actor_id} for v in sorted(variants) if _usable(v)]


def _usable(surface: str) -> bool:
    key = normalise(surface)
    if len(key) < _MIN_LENGTH or key in common_words() or key in STOP_WORDS:
        return False
    return not surface.islower() or " " in surface
