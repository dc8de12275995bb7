"""The label mappings the evaluations use, read from the YAML files in ``eval/data``.

The mappings are data so that a new actor, mode or governorate spelling needs no
code change: edit the YAML and re-run.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

from frontwatch.yamldata import load_data


@lru_cache(maxsize=8)
def load_labels(name: str) -> dict[str, Any]:
    """The parsed mapping file ``eval/data/<name>.yaml``."""
    text = resources.files("frontwatch.eval").joinpath("data", f"{name}.yaml").read_text("utf-8")
    return load_data(text) or {}


def normalise_key(value: str) -> str:
    """Lower case with spaces and underscores as hyphens: ``Heavy_Weapons`` -> ``heavy-weapons``."""
    return value.strip().lower().replace("_", "-").replace(" ", "-")
