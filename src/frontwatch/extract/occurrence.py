"""Verbs that say an act happened, and are no act of their own: "the attack took place in
Douma", "the ambush happened near Hasakah" (events.yaml's occurrence_idioms and
occurrence_verbs)."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.lexicon import get_lexicon


def is_occurrence_idiom(verb: Any) -> bool:
    """ "took place", "had taken place": the verb with its object says something happened."""
    objects = set(get_lexicon().events["occurrence_idioms"].get(verb.lemma_.lower(), ()))
    return any(c.dep_ == "dobj" and c.lemma_.lower() in objects for c in verb.children)


def tells_it_happened(verb: Any) -> bool:
    """An occurrence idiom, or a verb of happening ("happened", "occurred")."""
    return verb.lemma_.lower() in get_lexicon().events["occurrence_verbs"] or is_occurrence_idiom(
        verb
    )


def tells_an_ongoing_war(anchor: Any) -> bool:
    """ "Al Shabaab is fighting the government", "the coalition is conducting strikes
    against IS", "forces are continuing to kill civilians": a present progressive tells
    a war going on, not an act done that day (events.py drops it when it has no day,
    toll or town). A headline's simple present ("strike kills 5") tells an act."""
    verbal = anchor.pos_ in ("VERB", "AUX") or anchor.dep_ == "xcomp"  # "keeps bombing" tagged a noun
    if not verbal and anchor.dep_ != "dobj":
        return False
    verb = anchor if verbal else anchor.head
    carriers, carried = set(get_lexicon().events["ongoing_carriers"]), False
    while verb.dep_ == "xcomp" and verb.head.lemma_.lower() in carriers:
        verb, carried = verb.head, True  # "are continuing to kill": the tense is the carrier's
    if carried and verb.tag_ in ("VBZ", "VBP"):
        return True  # "keeps bombing villages", "continues to shell"
    return verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP") for c in verb.children
    )
