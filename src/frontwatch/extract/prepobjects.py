"""The objects of a word's prepositions ("against X", "the shelling of X"): one reading for
the event arguments and the noun acts, which arguments.py imports."""

from __future__ import annotations

from typing import Any


def pobjs(tok: Any, preps: frozenset[str]) -> list[Any]:
    """Objects of the given prepositions under ``tok`` ("against X")."""
    out: list[Any] = []
    for prep in tok.children:
        if prep.dep_ in ("prep", "agent", "dative") and prep.lower_ in preps:
            out.extend(g for g in prep.children if g.dep_ in ("pobj", "pcomp"))
    return out


def aims_of_an_act(noun: Any, preps: frozenset[str]) -> list[Any]:
    """Objects of these prepositions on an act noun, on a participle carrying it ("an operation
    led by X against Z"), or hung by the parser on its "by" agents ("an operation by X and Y
    against Z" read with "against" on Y)."""
    carriers = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    agents = [a for h in (noun, *carriers) for a in pobjs(h, frozenset({"by"}))]
    agents += [c for a in agents for c in a.conjuncts]
    return [o for h in (noun, *carriers, *agents) for o in pobjs(h, preps)]
