"""A place that is what was talked of, not where ("Russia and Turkey held talks on Idlib in
Moscow", "a deal over Afrin", "a meeting about the future of Raqqa", "met to discuss
Aleppo"): the event-place pass skips it, so a talk is placed where it was held, or nowhere.
Words are data (events.yaml: topic_prepositions, topic_heads, topic_verbs)."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.placeroles import name_head

# "talks on the future of the north of X": the topic may lie three "of" phrases up
_TOPIC_REACH = 3


def named_as_topic(tok: Any) -> bool:
    """Whether the name (any of its words) is the topic of a noun or verb of talk, directly
    or through "of" phrases between ("talks on the future of X"); not through other phrases
    ("agreed on a truce in X": the truce is at X)."""
    events = get_lexicon().events
    current = name_head(tok)
    while current.dep_ == "conj" and current.head.i != current.i:
        current = current.head  # "talks on Idlib and Aleppo"
    if current.dep_ == "dobj" and lemma_of(current.head) in events["topic_verbs"]:
        return True
    for _ in range(_TOPIC_REACH):
        if current.dep_ != "pobj":
            return False
        preposition, above = current.head, current.head.head
        if preposition.lower_ in events["topic_prepositions"]:
            return lemma_of(above) in events["topic_heads"]
        if preposition.lower_ != "of" or above.pos_ not in ("NOUN", "PROPN"):
            return False
        current = above
    return False
