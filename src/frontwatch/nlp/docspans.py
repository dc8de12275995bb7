"""A doc's sentences and entities made once, not at every read.

``doc.sents`` and ``doc.ents`` make their Spans anew at each read, and each Span makes
Tokens to find its character offsets; an article's readers ask for them a dozen times.
They are kept on the doc's ``user_data`` with the annotation they were made from (the
sentence starts, the entity tags) and made again only if that annotation changed, so a
read during the pipeline, before a component moves a boundary, is never served stale.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

import numpy
from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE, SENT_START

_SENTS_KEY = "frontwatch_sentences"
_ENTS_KEY = "frontwatch_entities"


def sentences(doc: Any) -> tuple[Any, ...]:
    """``tuple(doc.sents)``, made once while the sentence starts stay as they were."""
    return _kept(doc, _SENTS_KEY, [SENT_START], lambda: tuple(doc.sents))


def entities(doc: Any) -> tuple[Any, ...]:
    """``doc.ents``, made once while the entity tags stay as they were."""
    return _kept(doc, _ENTS_KEY, [ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID], lambda: doc.ents)


def _kept(doc: Any, key: str, attrs: list[int], make: Callable[[], Any]) -> tuple[Any, ...]:
    """What ``make`` gives, kept with the ``attrs`` arrays it was made from."""
    marks = doc.to_array(attrs)
    found = doc.user_data.get(key)
    if found is None or not numpy.array_equal(found[0], marks):
        found = doc.user_data[key] = (marks, tuple(make()))
    return cast(tuple[Any, ...], found[1])
