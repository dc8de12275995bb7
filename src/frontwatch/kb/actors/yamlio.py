"""Read pack YAML keeping the line each mapping and key was written on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
LINE_KEY = "__line__"
LINES_KEY = "__lines__"


class _LineLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    """A safe loader whose mappings also record their own and their keys' line numbers."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[str, Any]:
        mapping: dict[str, Any] = super().construct_mapping(node, deep=deep)
        mapping[LINE_KEY] = node.start_mark.line + 1
        mapping[LINES_KEY] = {str(key.value): key.start_mark.line + 1 for key, _ in node.value}
        return mapping


def read_yaml(text: str) -> Any:
    """Parse YAML text; every mapping carries __line__ and __lines__."""
    return yaml.load(text, Loader=_LineLoader)


def line_of(mapping: dict[str, Any], key: str | None = None) -> int:
    if key is not None and key in mapping.get(LINES_KEY, {}):
        return int(mapping[LINES_KEY][key])
    return int(mapping.get(LINE_KEY, 0))


def pack_name(path: Path) -> str:
    return path.stem if path.is_file() else path.name
