"""Records as flat store rows."""

from __future__ import annotations

import dataclasses
from typing import Any


def as_row(record: Any) -> dict[str, Any]:
    """A flat dict of a record's fields (nested records are flattened with a prefix)."""
    row: dict[str, Any] = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if dataclasses.is_dataclass(value):
            for key, inner in as_row(value).items():
                row[f"{f.name}_{key}"] = inner
        else:
            row[f.name] = value
    return row
