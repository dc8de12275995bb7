"""A force the text names as the joint force of several sides: "a joint force of MNDAA and
AA troops attacked T", "the combined forces of the KIA, the TNLA and the MNDAA overran a
post held by Z". When the force does a hostile deed (``whole_deed_verbs``), not one its
sides do to each other, the sides named are allies and each fights the side the deed is
done to. The modifiers and the force nouns are data (``relations.yaml``:
``joint_modifiers``, ``joint_force_nouns``).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations
from typing import Any

from frontwatch.extract.argsides import object_actor
from frontwatch.extract.arguments import first_actor, pobjs
from frontwatch.extract.coalitions import coordinated_actors, coordinated_modifiers, done_together
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import lemma_of
from frontwatch.extract.relcues import Pair, pair_of, words
from frontwatch.records import Mention

_OF = frozenset({"of"})
_ENEMY_PREPS = frozenset({"against", "on"})
_CLAUSE_DEPS = frozenset({"relcl", "acl"})


def joint_force_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """Allies among the sides of a joint force; each fights the object of the force's deed."""
    if tok.dep_ == "amod" and lemma_of(tok) in words("joint_modifiers"):
        force = tok.head
    elif lemma_of(tok) in words("mixed_force_nouns"):
        force = tok  # "a column of X troops and Y contractors attacked Z": one force, no modifier
    else:
        return
    if lemma_of(force) not in words("joint_force_nouns"):
        return
    sides = _sides(force, ctx)
    if len(sides) < 2:
        return
    deed = _deed_of(force)
    if deed is None:
        return  # a force that clashed, patrolled or was attacked shows no common cause
    for first, second in combinations(sides, 2):
        yield "allied", first, second, deed  # the deed's claim is the tie's claim
    enemy = _enemy(deed, sides, ctx)
    for side in sides:
        yield from pair_of("fights", side, enemy, deed)


def _deed_of(force: Any) -> Any | None:
    """The verb of the hostile deed the force does as its active subject ("a joint force
    of X and Y stormed Z", "attacked at T", "tried to take the post by launching attacks");
    a verb the sides do to each other ("clashed", "fought each other"), a joint patrol or
    exercise, or a deed done to the force ("was attacked by Z") tells no alliance."""
    verb = force.head
    if force.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX") or not done_together(verb):
        return None
    if any(c.dep_ == "auxpass" for c in verb.children):
        return None
    own = {t.i for t in force.subtree}
    hostile = words("whole_deed_verbs")
    return verb if any(lemma_of(t) in hostile for t in verb.subtree if t.i not in own) else None


def _sides(force: Any, ctx: ArticleContext) -> list[Mention]:
    """The sides of "a joint force of X and Y troops" (the modifiers of one head) or of
    "the joint force of X, Y and Z" (a list the parser may split, hanging the rest of it on
    the force as an apposition)."""
    found: list[Mention] = []
    for obj in pobjs(force, _OF):
        found = coordinated_modifiers(obj, ctx)
        if len(found) < 2:
            found = coordinated_actors(obj, ctx)
    for rest in (c for c in force.children if c.dep_ == "appos" and found):
        found += [m for m in coordinated_actors(rest, ctx) if m not in found]
    # "contractors from the Wagner group, which the Kremlin pays": a side named in a clause
    # describing one of the force's men is no part of the force
    described = {t.idx for c in force.subtree if c.dep_ in _CLAUSE_DEPS for t in c.subtree}
    return [m for m in found if m.start not in described]


def _enemy(deed: Any, sides: list[Mention], ctx: ArticleContext) -> Mention | None:
    """The side the deed is done to: its object, or its "against"/"on" object."""
    objects = [c for c in deed.children if c.dep_ == "dobj"] + pobjs(deed, _ENEMY_PREPS)
    enemy = first_actor(objects, ctx) or next(  # "attacked a plant held by Z"
        (m for o in objects if (m := object_actor(o, ctx)) is not None), None
    )
    if enemy is None or enemy.actor_id in {s.actor_id for s in sides}:
        return None
    return enemy
