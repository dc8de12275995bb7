"""Words of a tie that say how sure its claim is: a role noun its owner holds ("its ally
Russia", taken for granted whatever the clause wonders) and the deed whose purpose a tie
states ("sent troops to support Y": as sure as the sending). Read by extract/relations.py
when it gives a tie its claim; the role nouns are data (``relations.yaml``).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from frontwatch.extract.lexicon import get_lexicon, lemma_of


def owned_role(noun: Any) -> bool:
    """A role noun with an owner that names a side, not a predicate ("its ally Russia",
    "their foes, the RSF"; not "X may be Syria's ally"): ``relations.yaml`` role nouns."""
    if noun.pos_ != "NOUN" or noun.dep_ == "attr" or not any(c.dep_ == "poss" for c in noun.children):
        return False
    return lemma_of(noun) in _role_nouns()


@cache  # the lexicon never changes within a process
def _role_nouns() -> frozenset[str]:
    lexicon = get_lexicon()
    keys = ("ally_nouns", "enmity_nouns", "proxy_nouns", "backer_nouns")
    return frozenset(w for key in keys for w in lexicon.relation_words(key))


def deed_with_purpose(verb: Any) -> Any | None:
    """The verb whose purpose ``verb`` states: "sent X to support Y", "in order to",
    "launched an offensive in an attempt to seize T" (``cues.yaml``: ``purpose_phrase_nouns``);
    "deployed jets to help Y" read as the object's complement (not "asked X to help Y")."""
    if verb.dep_ == "advcl":
        return verb.head
    if verb.dep_ == "xcomp" and lemma_of(verb.head) in get_lexicon().relation_words(
        "sending_verbs"
    ):
        return verb.head
    aim = verb.head  # "in order to", "in an attempt to", "in a bid to": the deed's purpose
    purpose_nouns = get_lexicon().certainty("purpose_phrase_nouns")
    if verb.dep_ == "acl" and lemma_of(aim) in purpose_nouns and aim.head.lower_ == "in":
        return aim.head.head
    return None
