"""Evaluation data given as one file or as a folder of them (held-out sets come both ways)."""

from __future__ import annotations

from pathlib import Path

from frontwatch.errors import UnknownDataset


def data_files(path: Path, suffixes: tuple[str, ...]) -> list[Path]:
    """The file itself, or every file under the folder ending in one of ``suffixes``,
    in a stable (sorted) order so row numbers mean the same on every run."""
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise UnknownDataset(f"{path}: no such file or folder")
    files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in suffixes)
    if not files:
        raise UnknownDataset(f"{path}: no {'/'.join(suffixes)} files in this folder")
    return files
