"""The objects of a word's prepositions ("against X", "the shelling of X"): one reading for
the event arguments and the noun acts, which arguments.py imports."""

from __future__ import annotations

from typing import Any

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
    led by X against Z"), or hung by the parser on its "by" agents ("an operation by X and Y
    against Z" read with "against" on Y)."""
    carriers = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    agents = [a for h in (noun, *carriers) for a in pobjs(h, frozenset({"by"}))]
    agents += [c for a in agents for c in a.conjuncts]
    return [o for h in (noun, *carriers, *agents) for o in pobjs(h, preps)]
