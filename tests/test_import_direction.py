"""Data flows one way, and imports follow it: ingest -> nlp -> kb -> extract -> store ->
fuse -> the orchestration -> the faces (report, serve, export, eval, cli). A module may
import its own stage and the stages before it, never one after; ``records`` imports nothing
of FrontWatch. Imports inside functions count too (they are read from the syntax tree)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parents[1] / "src" / "frontwatch"

LAYERS: dict[str, int] = {
    "records": 0,
    "errors": 0,
    "settings": 0,
    "data": 0,
    "eventtypes": 0,
    "yamldata": 0,
    "contracts": 1,
    "ingest": 2,
    "nlp": 3,
    "kb": 4,
    "extract": 5,
    "store": 6,
    "fuse": 7,
    "pipeline": 8,
    "runner": 8,
    "fusion": 8,
    "scale": 8,
    "review": 8,
    "report": 9,
    "serve": 9,
    "export": 9,
    "eval": 9,
    "watch": 9,
    "cli": 10,
    "__init__": 10,
    "__main__": 10,
}


def _stage(module: str) -> str:
    """The stage a dotted module under frontwatch belongs to: its first part."""
    return module.split(".")[0]


def _frontwatch_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        found += [n.removeprefix("frontwatch.") for n in names if n.startswith("frontwatch.")]
    return found


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "static" not in p.parts)


def test_every_stage_has_a_layer():
    stages = {
        _stage(str(p.relative_to(PACKAGE).with_suffix("")).replace("/", ".")) for p in _modules()
    }
    assert stages <= set(LAYERS), stages - set(LAYERS)


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_flow_downstream_only(path):
    own = _stage(str(path.relative_to(PACKAGE).with_suffix("")).replace("/", "."))
    wrong = [
        name
        for name in _frontwatch_imports(path)
        if LAYERS.get(_stage(name), 99) > LAYERS[own] and _stage(name) != own
    ]
    assert not wrong, f"{own} (layer {LAYERS[own]}) imports later stages: {wrong}"


@pytest.mark.parametrize("path", sorted((PACKAGE / "records").glob("*.py")), ids=lambda p: p.name)
def test_records_import_nothing_of_frontwatch_but_records(path):
    assert [n for n in _frontwatch_imports(path) if _stage(n) != "records"] == []
