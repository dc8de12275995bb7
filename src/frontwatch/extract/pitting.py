"""Wars told by who they set against whom: "Syria's civil war pits the government of
Bashar al-Assad, backed by Russia and Iran, against an array of rebel groups" (each side
listed before "against" fights each side listed after it); "a war pitting rebels,
government forces and Kurdish militias against each other" (every two of them fight).
The verbs and the mutual objects are data (``relations.yaml``: ``pitting_verbs``,
``mutual_objects``).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations
from typing import Any

from frontwatch.extract.coalitions import coordinated_actors
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.prepobjects import pobjs
from frontwatch.extract.relcues import Pair, pair_of, words
from frontwatch.records import Mention

_AGAINST = frozenset({"against"})


def pitting_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "X pits A against B": A fights B; "pitting A, B and C against each other": each
    two fight."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in words("pitting_verbs"):
        return
    objs = _first_sides(tok)
    opposed = pobjs(tok, _AGAINST) or [o for obj in objs for o in _against_under(obj)]
    if not objs or not opposed:
        return
    sides = _listed(objs[0], ctx)
    if _mutual(opposed[0]):
        for first, second in combinations(sides, 2):
            yield from pair_of("fights", first, second, tok)
        return
    for side in sides:
        for enemy in _listed(opposed[0], ctx):
            yield from pair_of("fights", side, enemy, tok)


def _listed(noun: Any, ctx: ArticleContext) -> list[Mention]:
    """The sides a list names, or the one a noun phrase names ("an array of rebel groups")."""
    found = coordinated_actors(noun, ctx)
    named = actor_near(ctx, noun) if not found else None
    return found or ([named] if named is not None else [])


def _first_sides(verb: Any) -> list[Any]:
    """The noun of the sides set against the others: the object, or what the parser made
    of it in a long sentence without commas (the noun the verb hangs on in "a war pitting
    A and B against each other"; the subject of a clause in "pits A supported by X
    against B")."""
    if verb.dep_ == "amod":
        return [verb.head]
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return objs or [s for c in clauses for s in c.children if c.dep_ == "nsubj"]


def _against_under(obj: Any) -> list[Any]:
    """ "against B" hung on A, on a participle describing A ("pits A, supported by X,
    against B") or on the clause A is the subject of."""
    described = [c for c in obj.children if c.dep_ == "acl"]
    if obj.dep_ == "nsubj":
        described.append(obj.head)
    return [o for noun in [obj, *described] for o in pobjs(noun, _AGAINST)]


def _mutual(obj: Any) -> bool:
    """ "each other", "one another"."""
    phrase = " ".join(t.lower_ for t in obj.subtree)
    return phrase in words("mutual_objects")


__all__ = ["pitting_pairs"]
