"""Whom a fighting word's enemy is named by, besides its object and "against": the subject
of a passive with a doer ("Y were routed by X") and the "to" of a fight carried to a side
("X took the fight to Y"); read by extract/fightcues.py. Words are data (``relations.yaml``:
``carried_fight_verbs``, ``carried_fight_nouns``).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.arguments import passive_clause, pobjs
from frontwatch.extract.lexicon import lemma_of
from frontwatch.extract.relcues import words


def passive_object(verb: Any) -> list[Any]:
    """The subject of a passive fighting verb that names its doer ("Y were routed by X"): the
    one fought; not without a doer ("Y was defeated" tells no fighter)."""
    if not passive_clause(verb) or not pobjs(verb, frozenset({"by"})):
        return []
    return [c for c in verb.children if c.dep_ == "nsubjpass"]


def carried_to(noun: Any) -> list[Any]:
    """ "X took the fight to Y", "carried the war to Y": the "to" of a verb of carrying whose
    object is the fight names its enemy (``relations.yaml``: ``carried_fight_verbs``,
    ``carried_fight_nouns``)."""
    verb = noun.head
    if noun.dep_ != "dobj" or lemma_of(noun) not in words("carried_fight_nouns"):
        return []
    if lemma_of(verb) not in words("carried_fight_verbs"):
        return []
    return pobjs(verb, frozenset({"to"}))


__all__ = ["carried_to", "passive_object"]
