"""Token attributes of a batch of docs as one array, and per-key work done once per key.

The memo components (lemmas, tag map) set attributes that are a function of a few
other attributes of the same token. Reading a whole batch as one array and finding
its distinct keys with numpy leaves Python one step per distinct key (a few
thousand in a batch of news) instead of one per token (tens of thousands).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy
from spacy.tokens import Doc


@dataclass(frozen=True, slots=True)
class BatchTable:
    """The given attributes of every token of ``docs``, one row per token."""

    docs: list[Doc]
    rows: Any  # numpy uint64 array, tokens x attributes
    ends: Any  # numpy array: where each doc's rows end

    @classmethod
    def read(cls, docs: Sequence[Doc], attrs: Sequence[int]) -> BatchTable:
        docs = [doc for doc in docs if len(doc)]
        if not docs:
            return cls([], numpy.zeros((0, len(attrs)), dtype="uint64"), numpy.zeros(0, dtype=int))
        rows = numpy.concatenate([doc.to_array(list(attrs)).reshape(len(doc), -1) for doc in docs])
        return cls(docs, rows, numpy.cumsum([len(doc) for doc in docs]))

    def token(self, row: int) -> Any:
        """The token behind a row."""
        index = int(numpy.searchsorted(self.ends, row, side="right"))
        start = int(self.ends[index - 1]) if index else 0
        return self.docs[index][row - start]

    def write(self, attrs: Sequence[int], values: Any) -> None:
        """Set ``attrs`` of every token from ``values`` (rows x attrs, uint64)."""
        for doc, part in zip(self.docs, numpy.split(values, self.ends[:-1]), strict=True):
            # spaCy's stub types from_array's array as thinc's Ints2d; this is a uint64 one
            doc.from_array(list(attrs), numpy.ascontiguousarray(part))  # type: ignore[arg-type]


def distinct_rows(keys: Any) -> tuple[list[tuple[int, ...]], Any, Any]:
    """The distinct rows of ``keys`` as tuples, the first row holding each, and for every
    row the index of its distinct row."""
    first, inverse = distinct_row_index(keys)
    return [tuple(row) for row in numpy.asarray(keys)[first].tolist()], first, inverse


def distinct_row_index(keys: Any) -> tuple[Any, Any]:
    """The first row holding each distinct row of ``keys``, and for every row the index
    of its distinct row (``keys[first][inverse]`` is ``keys``)."""
    keys = numpy.asarray(keys)
    found = _distinct_by_hash(keys)
    return found if found is not None else _distinct_by_columns(keys)


def _distinct_by_hash(keys: Any) -> tuple[Any, Any] | None:
    """Rows grouped by one 64-bit mix of their columns: one sort in all instead of one
    per column. None when two different rows share a mix (checked, never assumed)."""
    if keys.ndim != 2 or not len(keys) or keys.shape[1] > len(_ROW_MIX):
        return None
    mixed = numpy.zeros(len(keys), dtype="uint64")
    for column, multiplier in zip(keys.T, _ROW_MIX, strict=False):  # fewer columns than mixes
        # uint64 arrays wrap on overflow, as a hash wants
        mixed = (mixed ^ (mixed >> _MIX_SHIFT)) + column.astype("uint64") * multiplier
    _mixes, first, inverse = numpy.unique(mixed, return_index=True, return_inverse=True)
    inverse = inverse.reshape(-1)
    return (first, inverse) if numpy.array_equal(keys[first][inverse], keys) else None


def _distinct_by_columns(keys: Any) -> tuple[Any, Any]:
    # numpy.unique(axis=0) sorts the rows as raw bytes, twice as slow as numbering each
    # column's values and the rows by their combined numbers (same groups, same first rows)
    codes = numpy.zeros(len(keys), dtype="int64")
    for column in keys.T:
        values, code = numpy.unique(column, return_inverse=True)
        if len(values) and int(codes.max(initial=0)) >= _CODE_LIMIT // len(values):
            codes = numpy.unique(codes, return_inverse=True)[1].reshape(-1)  # renumber densely
        codes = codes * len(values) + code.reshape(-1)
    _codes, first, inverse = numpy.unique(codes, return_index=True, return_inverse=True)
    return first, inverse.reshape(-1)


# odd 64-bit multipliers (from splitmix64 and murmur3's finalisers), one per column
_ROW_MIX = numpy.array(
    [0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93,
     0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53, 0xBF58476D1CE4E5B9, 0x94D049BB133111EB],
    dtype="uint64",
)
_MIX_SHIFT = numpy.uint64(31)
_CODE_LIMIT = 2**62  # combined row numbers stay below it (int64)


def in_batches(docs: Iterable[Doc], batch_size: int, annotate: Any) -> Iterator[Doc]:
    """Docs as they come, each batch annotated in place by ``annotate(batch)`` first."""
    batch: list[Doc] = []
    for doc in docs:
        batch.append(doc)
        if len(batch) >= batch_size:
            annotate(batch)
            yield from batch
            batch = []
    if batch:
        annotate(batch)
        yield from batch


class BatchedComponent:
    """A pipeline component that annotates docs a batch at a time (``annotate``), whether
    spaCy hands it one doc or a stream of them."""

    def annotate(self, docs: Sequence[Doc]) -> None:
        raise NotImplementedError

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        return in_batches(docs, batch_size, self.annotate)

    def __call__(self, doc: Doc) -> Doc:
        self.annotate([doc])
        return doc
