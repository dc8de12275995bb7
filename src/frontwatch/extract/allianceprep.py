"""The alliance prepositions ("alongside", "along with", "together with"): one reading for
the alliance cues and for the fights told by a partner (extract/filledends.py), which the
cues cannot be imported by."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.lexicon import get_lexicon


def alliance_prep(prep: Any) -> Any | None:
    """The first word of an alliance preposition ("alongside", "along with", "together
    with"), the token the phrase hangs on through; None if ``prep`` starts none."""
    preps = get_lexicon().relation_words("alliance_preps")
    if prep.lower_ in preps:
        return prep
    before = prep.head if prep.head.i == prep.i - 1 else None  # "along" -> "with"
    if before is not None and f"{before.lower_} {prep.lower_}" in preps:
        return before
    modifier = next((c for c in prep.children if c.dep_ == "advmod"), None)
    if modifier is not None and f"{modifier.lower_} {prep.lower_}" in preps:
        return prep  # "together" hangs on "with"
    return None


__all__ = ["alliance_prep"]
