"""The "by X" of an act noun that the parser hung elsewhere: "died in air raids by X" (on the
verb), "the toll from strikes by X" (on the noun above), "the bombardment of the area by X"
(on the act's object). A noun such as "area" or "toll" takes no agent of its own, so the
phrase names the act's doer."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.prepobjects import pobjs

_BY = frozenset({"by"})
_OF = frozenset({"of"})


def stray_agents(noun: Any) -> list[Any]:
    """Objects of the "by" phrase that belongs to ``noun`` but hangs on its "of" object or,
    right after the noun's words, on the word the noun depends on."""
    for obj in pobjs(noun, _OF):
        found = pobjs(obj, _BY)
        if found:
            return found
    governor = _governor(noun)
    if governor is None:
        return []
    end = max(t.i for t in noun.subtree)
    for prep in governor.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in _BY and prep.i == end + 1:
            return [g for g in prep.children if g.dep_ == "pobj"]
    return []


def _governor(noun: Any) -> Any | None:
    """The word a misplaced "by" of the noun hangs on: the verb of a subject or object (not
    a verb of telling, whose "by" is the teller), the word above the noun's preposition."""
    if noun.dep_ in ("dobj", "nsubj", "nsubjpass"):
        if noun.head.lemma_.lower() in get_lexicon().certainty("attribution_verbs"):
            return None  # "attacks reported by the monitor": the speaker, no doer
        return noun.head
    if noun.dep_ == "pobj" and noun.head.head.i != noun.head.i:
        return noun.head.head
    return None
