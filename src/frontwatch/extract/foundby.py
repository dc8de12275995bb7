"""Which extraction path found a record: a short stable tag kept with its provenance.

Each family is tagged where its records leave the stage that builds them
(extract/article.py): a record keeps the first tag it is given, so a later stage that
copies or moves it ("spread over listed places", a merge) leaves how it was found.
Tags are ``family:path`` ("event:verb-trigger", "relation:cue-noun",
"control:capture-verb"); the measured reliability of each lives in
``extract/data/reliability.yaml`` (extract/reliability.py).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol, TypeVar


class Tagged(Protocol):
    found_by: str


T = TypeVar("T", bound=Tagged)

# the coarse part of speech of a cue word, as the tags name it
_POS = {"VERB": "verb", "AUX": "verb", "NOUN": "noun", "PROPN": "noun", "ADJ": "adj"}


def cue_kind(token: Any) -> str:
    """ "verb", "noun", "adj" or "other": the part of speech of the word that told it."""
    return _POS.get(token.pos_, "other")


def tag_new(records: Iterable[T], tag: str) -> list[T]:
    """The records, each untagged one now tagged ``tag`` (a tag once given stays)."""
    out = list(records)
    for record in out:
        if not record.found_by:
            record.found_by = tag
    return out


def tag_by_trigger(
    events: Iterable[T], doc: Any, starts: Sequence[int], offsets: Mapping[str, int], family: str
) -> list[T]:
    """Events told by a trigger word: tagged by the word's part of speech
    ("event:verb-trigger", "event:noun-trigger"); the offset is the trigger's character.
    ``starts`` are the doc's token offsets, made once per article (per sentence, a walk over
    the whole doc made long articles quadratic)."""
    out = list(events)
    for record in out:
        at = offsets.get(getattr(record, "id", ""))
        if record.found_by or at is None or not starts:
            continue
        token = doc[max(0, bisect_right(starts, at) - 1)]
        record.found_by = f"{family}:{cue_kind(token)}-trigger"
    return out
