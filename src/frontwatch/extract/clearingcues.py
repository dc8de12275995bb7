"""Fights told by clearing ground of a side, whatever the ground: "X cleared the village of
Y", "X drove Y out of the area", "X is clearing the last Y pockets near the border", or by
pressing it: "X pressed the last Y holdouts" (``ground_pressing_verbs``).

A clearing of a named place becomes a control change and, through it, a tie; ground that
names no place ("the village", "the last pockets") makes none, yet the sentence names both
sides. The side cleared is the "of" object ("cleared T of Y"), the verb's object when it
is a side ("drove Y out", "expelled Y from T", "Y, which X drove out of T"), or the side that owns the cleared ground
("Y pockets", "Y's positions"; ``cleared_ground`` in relations.yaml). Both must be armed
sides: "cleared the general of the charges" clears no one.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.arguments import first_actor, pobjs
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.lexicon import lemma_of
from frontwatch.extract.observations import is_combatant
from frontwatch.extract.relpairs import Pair, pair_of, side_named, words
from frontwatch.extract.relsubjects import acting_subject, described_actor, doer_of
from frontwatch.extract.sidelists import coordinated_actors
from frontwatch.records import Mention

_OF = frozenset({"of"})
_AWAY = frozenset({"from", "out"})
_OWNER_DEPS = frozenset({"compound", "poss", "amod"})
_RELATIVE_TAGS = frozenset({"WDT", "WP"})  # "which", "whom", "that"


def clearing_pairs(verb: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "X cleared T of Y", "X drove Y out", "X cleared Y pockets": X fights Y."""
    lemma = lemma_of(verb)
    if verb.pos_ != "VERB" or (
        lemma not in words("clearing_tie_verbs") and lemma not in words("ground_pressing_verbs")
    ):
        return
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    cleared = _side_cleared(verb, objects, ctx)
    if not is_combatant(cleared, ctx):
        return
    for doer in _doers(verb, ctx):
        if is_combatant(doer, ctx):
            yield from pair_of("fights", doer, cleared, verb)


def _doers(verb: Any, ctx: ArticleContext) -> list[Mention | None]:
    """The clause's doer, and the sides listed with it as subject ("X and its American
    partners drove Y out": both fight Y)."""
    doer = doer_of(verb, ctx, side_named)
    subject = acting_subject(verb, ctx)
    if doer is None or subject is None or subject.dep_ == "nsubjpass":
        return [doer]
    return [doer, *(m for m in coordinated_actors(subject, ctx) if m.start != doer.start)]


def _side_cleared(verb: Any, objects: list[Any], ctx: ArticleContext) -> Mention | None:
    """The "of" side of a ground cleared ("cleared T of Y") or the owner of the ground
    ("Y pockets"), for verbs that rid ground of someone; else the object side of a verb
    that sends it away from somewhere ("drove Y out", "expelled Y from T"), never a side
    named inside the object ("ousted the governor, an ally of Y"); a verb that presses
    ground ("pressed the last Y holdouts", "the holdouts of Y") names only the ground's owner."""
    if lemma_of(verb) in words("ground_pressing_verbs"):
        return next((m for m in (_ground_owner(o, ctx) for o in objects) if m is not None), None)
    if lemma_of(verb) in words("ridding_verbs"):
        of_side = first_actor([*pobjs(verb, _OF), *(g for o in objects for g in pobjs(o, _OF))], ctx)
        if of_side is not None:
            return of_side
        for obj in objects:
            if lemma_of(obj) in words("cleared_ground"):
                return first_actor([c for c in obj.children if c.dep_ in _OWNER_DEPS], ctx)
    if not _sent_away(verb):
        return None
    return next((m for m in (_object_side(o, ctx) for o in objects) if m is not None), None)


def _ground_owner(obj: Any, ctx: ArticleContext) -> Mention | None:
    """The side that holds the ground an object names ("Y holdouts", "Y's pockets", "the
    holdouts of Y"); None when the object is no ground (``cleared_ground``)."""
    if lemma_of(obj) not in words("cleared_ground"):
        return None
    return first_actor([*(c for c in obj.children if c.dep_ in _OWNER_DEPS), *pobjs(obj, _OF)], ctx)


def _object_side(obj: Any, ctx: ArticleContext) -> Mention | None:
    """The side an object names; a relative pronoun stands for the noun its clause hangs on
    ("Y, which X drove out of T two years ago": Y)."""
    verb = obj.head
    if obj.tag_ in _RELATIVE_TAGS and verb.dep_ == "relcl":
        return described_actor(verb.head, ctx) or actor_near(ctx, verb.head, depth=1)
    return actor_near(ctx, obj, depth=1)


def _sent_away(verb: Any) -> bool:
    """ "drove Y out", "flushed Y out of T", "expelled Y from T": the verb says from where."""
    return any(
        (c.dep_ in ("prt", "advmod") and c.lower_ == "out") or (c.dep_ == "prep" and c.lower_ in _AWAY)
        for c in verb.children
    )


__all__ = ["clearing_pairs"]
