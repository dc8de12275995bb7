"""The tokens a character span covers, as ``Doc.char_span(..., alignment_mode="expand")``
finds them, without making a Token or a Span.

spaCy's ``char_span`` makes several Tokens per call (it reads ``doc[start].idx`` and
``len(doc[start])``) and a Span; the extractors ask it once per mention and per event
trigger. Each token's first character and its end (with and without its trailing space)
are read once per doc from its arrays, and a span is a binary search in them.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from spacy.attrs import IDX, LENGTH, SPACY
from spacy.tokens import Span

_BOUNDS_KEY = "frontwatch_token_bounds"


def expanded_range(doc: Any, start_char: int, end_char: int) -> tuple[int, int] | None:
    """``(span.start, span.end)`` of ``doc.char_span(start_char, end_char,
    alignment_mode="expand")``, None where it gives None."""
    starts, word_ends, ends = _token_bounds(doc)
    start = _token_by_char(starts, ends, start_char)
    end = _token_by_char(starts, ends, end_char - 1)  # the end is exclusive
    if start < 0 or end < 0:
        return None
    if start_char == word_ends[start]:  # the trailing space is no part of the token before
        start += 1
    return start, end + 1


def _token_by_char(starts: list[int], ends: list[int], char: int) -> int:
    """The token whose text or trailing space holds ``char``, -1 for none (spaCy's own
    ``token_by_char``: tokens do not overlap and are in order)."""
    found = bisect_right(starts, char) - 1
    return found if found >= 0 and char < ends[found] else -1


def _token_bounds(doc: Any) -> tuple[list[int], list[int], list[int]]:
    """Each token's first character, the end of its text and the end of its trailing
    space, read once per doc (the tokens are final once mentions are read)."""
    found: tuple[list[int], list[int], list[int]] | None = doc.user_data.get(_BOUNDS_KEY)
    if found is None or len(found[0]) != len(doc):
        rows = doc.to_array([IDX, LENGTH, SPACY]).reshape(len(doc), 3).astype("int64")
        word_ends = rows[:, 0] + rows[:, 1]
        found = (rows[:, 0].tolist(), word_ends.tolist(), (word_ends + rows[:, 2]).tolist())
        doc.user_data[_BOUNDS_KEY] = found
    return found


def expanded_span(doc: Any, start_char: int, end_char: int) -> Any | None:
    """``doc.char_span(start_char, end_char, alignment_mode="expand")``, the same Span
    made from the per-doc bounds above: no Token is made to find its ends."""
    found = expanded_range(doc, start_char, end_char)
    return Span(doc, found[0], found[1]) if found is not None else None
