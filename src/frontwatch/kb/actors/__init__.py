"""The actor knowledge base: packs of actors as YAML, checked, merged and indexed.

``load_actor_kb()`` reads the shipped packs (world, generic, syria_iraq) and any user
overlays; ``check_packs()`` lists every problem in them as ``file:line: field: message``.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from frontwatch.errors import InvalidKnowledgeBase
from frontwatch.kb.actors.kb import ActorKB
from frontwatch.kb.actors.packs import read_source, shipped_sources, user_sources
from frontwatch.kb.actors.schema import KBEdge
from frontwatch.kb.actors.validate import MergedPacks, check_merged, merge_packs
from frontwatch.records import ActorMatch

__all__ = ["ActorKB", "ActorMatch", "KBEdge", "check_packs", "load_actor_kb"]


def _merged(extra_files: Sequence[str | Path]) -> MergedPacks:
    sources = [*shipped_sources(), *user_sources(tuple(extra_files))]
    return merge_packs([read_source(source) for source in sources])


def check_packs(files: Sequence[Path] | None = None) -> list[str]:
    """Every problem in the shipped packs plus the given overlay files, all at once."""
    return check_merged(_merged(tuple(files or ())))


def load_actor_kb(*, extra_files: Sequence[str | Path] = ()) -> ActorKB:
    """The shipped packs then the overlays, validated; cached per process."""
    return _load(tuple(str(f) for f in extra_files))


@lru_cache(maxsize=8)
def _load(extra_files: tuple[str, ...]) -> ActorKB:
    merged = _merged(extra_files)
    problems = check_merged(merged)
    if problems:
        listing = "\n".join(problems)
        raise InvalidKnowledgeBase(f"{len(problems)} problem(s) in actor packs:\n{listing}")
    return ActorKB(merged)
