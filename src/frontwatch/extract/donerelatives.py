"""A relative clause told as done: "Tal Abyad, which they took in June", "the districts it
has captured", "who had stormed the base" describe what was done, whatever aim governs the
sentence (split from certainty.py, which reads it for every claim)."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.hearsay import is_content_clause
from frontwatch.extract.lexicon import get_lexicon


def told_as_done(verb: Any) -> bool:
    """A relative clause in the past ("Tal Abyad, which they took in June", "the districts
    it has captured", "who had stormed the base") describes what was done, whatever aim
    governs the sentence; a modal or future one ("which may be captured", "which will be
    stormed") and a kind ("planes that cross the border") do not."""
    if verb.dep_ != "relcl" or verb.pos_ not in ("VERB", "AUX"):  # "which was the site of"
        return False
    if is_content_clause(verb):  # "accusations it bombed T": what is said, not what was done
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in get_lexicon().certainty("hypothetical_modals") for a in auxes):
        return False
    if verb.tag_ != "VBN":
        return bool(verb.tag_ == "VBD")
    if not auxes:  # "the hills that rebels captured": a past tense tagged as participle
        return any(c.dep_ == "nsubj" for c in verb.children)
    return any(a.lemma_ in ("have", "be") and a.tag_ != "VB" for a in auxes)


__all__ = ["told_as_done"]
