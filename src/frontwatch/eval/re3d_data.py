"""Read re3d source folders: documents first, annotations only when asked.

A source folder holds ``documents.json``, ``entities.json`` and ``relations.json``,
one JSON object per line. Lines that do not parse, and annotations that point
outside their document, are counted, never fatal.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from frontwatch.errors import UnknownDataset

DOCUMENTS = "documents.json"


@dataclass(slots=True)
class Re3dDocument:
    id: str
    text: str
    folder: str


@dataclass(frozen=True, slots=True)
class GoldEntity:
    doc_id: str
    type: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class GoldRelation:
    doc_id: str
    type: str
    source: tuple[int, int]
    target: tuple[int, int]


@dataclass(slots=True)
class Re3dGold:
    entities: list[GoldEntity] = field(default_factory=list)
    relations: list[GoldRelation] = field(default_factory=list)
    bad_annotations: int = 0


def find_sources(path: Path) -> list[Path]:
    """The source folders: the folder of a documents.json given itself, or every folder
    at or below ``path`` that holds one."""
    if path.is_file() and path.name == DOCUMENTS:
        return [path.parent]
    folders = (
        sorted({p.parent for p in path.rglob(DOCUMENTS) if p.is_file()}) if path.is_dir() else []
    )
    if not folders:
        raise UnknownDataset(f"{path}: no {DOCUMENTS} here or in its sub-folders")
    return folders


def read_json_lines(file: Path) -> tuple[list[dict[str, Any]], int]:
    """The JSON objects of a one-object-per-line file, and how many lines did not parse."""
    if not file.is_file():
        return [], 0
    records, bad = [], 0
    for line in file.read_bytes().decode("utf-8", errors="replace").splitlines():
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            bad += 1
            continue
        if isinstance(record, dict):
            records.append(record)
        else:
            bad += 1
    return records, bad


def load_documents(folders: list[Path]) -> tuple[list[Re3dDocument], int]:
    """Every document with text in the folders, in file order, and the count of bad lines."""
    docs, bad = [], 0
    for folder in folders:
        records, bad_lines = read_json_lines(folder / DOCUMENTS)
        bad += bad_lines
        for record in records:
            text, doc_id = record.get("text"), record.get("_id")
            if isinstance(text, str) and text.strip() and doc_id:
                docs.append(Re3dDocument(str(doc_id), text, folder.name))
            else:
                bad += 1
    return docs, bad


def load_gold(folders: list[Path], docs: list[Re3dDocument], *, min_confidence: float) -> Re3dGold:
    """The annotations at or above ``min_confidence`` for the given documents."""
    lengths = {doc.id: len(doc.text) for doc in docs}
    gold = Re3dGold()
    for folder in folders:
        entities, bad_e = read_json_lines(folder / "entities.json")
        relations, bad_r = read_json_lines(folder / "relations.json")
        gold.bad_annotations += bad_e + bad_r
        for record in _confident(entities, lengths, min_confidence, gold):
            entity = _entity(record, lengths)
            _keep(entity, gold.entities, gold)
        for record in _confident(relations, lengths, min_confidence, gold):
            _keep(_relation(record, lengths), gold.relations, gold)
    gold.entities = list(dict.fromkeys(gold.entities))
    gold.relations = list(dict.fromkeys(gold.relations))
    return gold


def _confident(
    records: list[dict[str, Any]], lengths: dict[str, int], min_confidence: float, gold: Re3dGold
) -> Iterator[dict[str, Any]]:
    for record in records:
        if record.get("documentId") not in lengths:
            continue  # a document left out (by --limit) or absent: not scored
        try:
            confident = float(record.get("confidence", 1.0)) >= min_confidence
        except (TypeError, ValueError):
            gold.bad_annotations += 1
            continue
        if confident:
            yield record


def _keep(item: Any, into: list[Any], gold: Re3dGold) -> None:
    if item is None:
        gold.bad_annotations += 1
    else:
        into.append(item)


def _span(record: dict[str, Any], begin: str, end: str, length: int) -> tuple[int, int] | None:
    try:
        start, stop = int(record[begin]), int(record[end])
    except (KeyError, TypeError, ValueError):
        return None
    return (start, stop) if 0 <= start < stop <= length else None


def _entity(record: dict[str, Any], lengths: dict[str, int]) -> GoldEntity | None:
    doc_id = record["documentId"]
    span = _span(record, "begin", "end", lengths[doc_id])
    kind = record.get("type")
    if span is None or not isinstance(kind, str):
        return None
    return GoldEntity(doc_id, kind, *span)


def _relation(record: dict[str, Any], lengths: dict[str, int]) -> GoldRelation | None:
    doc_id = record["documentId"]
    source = _span(record, "sourceBegin", "sourceEnd", lengths[doc_id])
    target = _span(record, "targetBegin", "targetEnd", lengths[doc_id])
    kind = record.get("type")
    if source is None or target is None or not isinstance(kind, str):
        return None
    return GoldRelation(doc_id, kind, source, target)
