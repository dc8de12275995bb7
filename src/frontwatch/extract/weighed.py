"""Deeds only weighed: "the U.S. is considering air strikes", "Ankara weighs a ground
operation", "officials mulled drone strikes". The deed named as the object of a verb of
deliberation has not happened; "considered the strike a war crime" (the object with a
complement of its own) judges a done deed and is left alone.
Words are data (cues.yaml, certainty: ``weighing_verbs``, ``deliberation_verbs``).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.lexicon import get_lexicon

_COMPLEMENT_DEPS = frozenset({"oprd", "xcomp", "ccomp", "attr", "acomp"})


def weighed(verb: Any, fact: Any) -> bool:
    """Whether ``fact`` (a deed noun) is the object of a verb weighing whether to do it."""
    if fact.dep_ != "dobj" or fact.head.i != verb.i:
        return False
    if verb.lemma_.lower() not in get_lexicon().certainty("weighing_verbs"):
        return False
    return not any(c.dep_ in _COMPLEMENT_DEPS for c in verb.children)


def going_to(verb: Any, deed: Any) -> bool:
    """ "Russia said it was going to fight IS", "rebels are going to storm the base": a deed
    after "be going to" is told of the future; "went to fight", "going to Aleppo to fight"
    (a purpose, ``purposes``) are not this."""
    if deed.dep_ != "xcomp" or deed.head.i != verb.i or verb.tag_ != "VBG":
        return False
    if verb.lemma_.lower() not in get_lexicon().certainty("future_going_verbs"):
        return False
    been = any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)
    return been and any(c.dep_ == "aux" and c.lower_ == "to" for c in deed.children)


def weighs_doing(verb: Any, deed: Any) -> bool:
    """ "Officials discussed launching a ground operation", "are weighing storming T": a
    gerund complement of a verb of deliberation is a deed talked over, not done."""
    if deed.dep_ != "xcomp" or deed.tag_ != "VBG" or deed.head.i != verb.i:
        return False
    return verb.lemma_.lower() in get_lexicon().certainty("deliberation_verbs")
