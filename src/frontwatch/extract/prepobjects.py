"""The objects of a word's prepositions ("against X", "the shelling of X"): one reading for
the event arguments and the noun acts, which arguments.py imports."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.nlp.treearrays import children_indices, labels_and_lowers


def pobjs(tok: Any, preps: frozenset[str]) -> list[Any]:
    """Objects of the given prepositions under ``tok`` ("against X")."""
    doc = tok.doc  # read from the doc's lists: a Token is made only of each object found
    children, (deps, lowers) = children_indices(doc), labels_and_lowers(doc)
    out: list[Any] = []
    for prep in children[tok.i]:
        if deps[prep] in ("prep", "agent", "dative") and lowers[prep] in preps:
            out.extend(doc[g] for g in children[prep] if deps[g] in ("pobj", "pcomp"))
    return out


def aims_of_an_act(noun: Any, preps: frozenset[str]) -> list[Any]:
    """Objects of these prepositions on an act noun, on a participle carrying it ("an operation
    led by X against Z"), hung by the parser on its "by" agents ("an operation by X and Y
    against Z" read with "against" on Y), or on the verb that carries the act out when the
    noun is its object ("carried out strikes Thursday and Friday against Z": the dates part
    the "against" from the noun; ``aim_carrier_verbs`` in events.yaml)."""
    carriers = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    agents = [a for h in (noun, *carriers) for a in pobjs(h, frozenset({"by"}))]
    agents += [c for a in agents for c in a.conjuncts]
    doing = noun.dep_ == "dobj" and lemma_of(noun.head) in get_lexicon().events["aim_carrier_verbs"]
    return [o for h in (noun, *carriers, *agents, *([noun.head] if doing else [])) for o in pobjs(h, preps)]
