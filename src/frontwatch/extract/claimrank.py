"""The order of claim labels: a stronger doubt always wins over a weaker one, so a hedged
or conditional fact is never stored as plain fact, whichever cue was met first."""

from __future__ import annotations

from frontwatch.records import Claim

_RANK = {"asserted": 0, "attributed": 1, "hedged": 2, "hypothetical": 3, "negated": 4}


def doubt_rank(certainty: str) -> int:
    """How far a label is from a plain fact: asserted 0 up to negated 4."""
    return _RANK[certainty]


def raise_claim(claim: Claim, certainty: str, cue: str) -> None:
    """Set ``certainty`` (with the words that set it) when it is stronger than the claim's."""
    if _RANK[certainty] > _RANK[claim.certainty]:
        claim.certainty = certainty  # type: ignore[assignment]
        claim.cue = cue
