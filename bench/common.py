"""Shared by the benchmarks: results as JSON under bench/results/, a plain-text table."""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import resource
from collections.abc import Callable
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results"


def machine() -> dict[str, Any]:
    """Enough about the machine to read the figures (they were shared, noisy cores)."""
    return {"python": platform.python_version(), "cpus": os.cpu_count(), "load_avg": os.getloadavg(),
            "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}


def write_results(name: str, payload: dict[str, Any]) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    path = RESULTS / f"{name}-{stamp}.json"
    path.write_text(json.dumps({"machine": machine(), **payload}, indent=1, default=str), encoding="utf-8")
    return path


def print_table(rows: list[dict[str, Any]], columns: list[str]) -> None:
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) if cells else len(c) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for r in cells:
        print("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.3g}" if abs(value) < 100 else f"{value:.0f}"
    return str(value)


def peak_rss_mb() -> float:
    """This process's peak RSS. On Linux from VmHWM: getrusage's ru_maxrss survives exec,
    so a child would report its parent's size at fork if that was larger."""
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii")
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    line = next(line for line in status.splitlines() if line.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024


def on_each_engine(prepare: Callable[[Any], None]) -> Callable[..., Any]:
    """Have ``prepare`` called once on each engine the main job gets in this process
    (``pipeline.get_engine`` wrapped); the unwrapped ``get_engine`` is returned."""
    from frontwatch import pipeline

    get_engine = pipeline.get_engine
    seen: list[Any] = []

    def engine(settings: Any = None) -> Any:
        found = get_engine(settings)
        if found not in seen:
            seen.append(found)
            prepare(found)
        return found

    pipeline.get_engine = engine
    return get_engine
