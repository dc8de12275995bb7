"""The cause a side is stood by or supported in, and the enemy it names: "stand with Y in
their fight against Z", "support Y in its campaign to defeat Z", "stand shoulder to
shoulder with Y in their mission to defeat Z": Y fights Z. The cause is an "in" phrase
whose noun is one of ``stance_cause_nouns`` (relations.yaml); its enemy is the cause's
"against" object, or, when it has none, the object of its aim (``stance_aim_verbs``: "to
defeat Z", which the parser may hang on the verb rather than on the cause). A cause with
no enemy named ("in its campaign to win the trust of villagers") names no one.
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.arguments import pobjs
from frontwatch.extract.lexicon import get_lexicon, lemma_of

_AGAINST = frozenset({"against"})


def _tie_words(key: str) -> frozenset[str]:
    return get_lexicon().tie_words(key)


def cause_phrase(prep: Any) -> bool:
    """ "in their fight against Z", "in its struggle": the cause a side is taken in, no scene."""
    return prep.lower_ == "in" and any(
        c.dep_ == "pobj" and lemma_of(c) in _tie_words("stance_cause_nouns") for c in prep.children
    )


def cause_enemies(verb: Any, *holders: Any) -> list[Any]:
    """The enemies of the cause hung on the verb or on one of ``holders`` (the side taken
    or supported, the manner word a stance's preposition hangs on)."""
    causes = [
        c
        for h in (verb, *holders)
        for p in h.children
        if p.dep_ == "prep" and cause_phrase(p)
        for c in p.children
        if c.dep_ == "pobj"
    ]
    against = [e for cause in causes for e in pobjs(cause, _AGAINST)]
    if against or not causes:
        return against
    aims = [c for h in (*causes, verb) for c in h.children if c.dep_ in ("acl", "advcl", "relcl")]
    return [
        o
        for aim in aims
        if lemma_of(aim) in _tie_words("stance_aim_verbs")
        for o in aim.children
        if o.dep_ == "dobj"
    ]
