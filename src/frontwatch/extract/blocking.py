"""A side that acts to stop another side's movement fights it.

"Iraqi troops sealed the border to prevent the escape of IS fighters", "the army mined the
roads to stop the rebels from regrouping": the deed is done to keep an enemy from moving,
so its doer fights the side kept back. Only an aim of the doer's own deed counts (a
purpose clause, "to" or "in order to"), never a state of things ("the rain prevented the
rebels from advancing"), and only a movement (``movement_verbs``, ``movement_nouns``) is
kept back: "to prevent civilians from being harmed" names no enemy. The armed test of
fights ties (``armed.armed_side``) is left to the relation's own readers.

Words are data (``relations.yaml``: ``blocking_verbs``, ``movement_verbs``,
``movement_nouns``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.arguments import first_actor, pobjs
from frontwatch.extract.armed import armed
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.lexicon import lemma_of
from frontwatch.extract.relcues import Pair, pair_of, words
from frontwatch.extract.relsubjects import acting_subject

_OF = frozenset({"of"})
_PART_OF = frozenset({"of", "from"})
_PURPOSE_DEPS = frozenset({"xcomp", "advcl"})
_CLIMBED_DEPS = frozenset({"pcomp", "pobj", "prep", "advcl", "xcomp", "conj"})


def blocking_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "X sealed the border to prevent the escape of Y" / "to stop Y from fleeing": X fights Y."""
    if tok.pos_ != "VERB" or lemma_of(tok) not in words("blocking_verbs"):
        return
    deed = _deed_aimed(tok)
    if deed is None:
        return
    doer = _doer(deed, ctx)
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        kept = _kept_back(obj, tok, ctx)
        if kept is not None and armed(kept.actor_id, ctx):  # "to stop Syrians fleeing": no side
            yield from pair_of("fights", doer, kept, tok)


def _deed_aimed(verb: Any) -> Any | None:
    """The deed a purpose clause ("to prevent", "in order to stop") is the aim of, or None."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ == "acl" and head.lower_ == "order" and head.head.lower_ == "in":
        head = head.head.head  # "in order to stop": the parser hangs it on "order"
    elif verb.dep_ not in _PURPOSE_DEPS:
        return None
    if verb.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in head.children):
        return None  # "urged Ankara to stop the advance": asked of another, not done
    return head if head.pos_ in ("VERB", "AUX") else None


def _doer(deed: Any, ctx: ArticleContext) -> Any:
    """The subject of the deed, or of the clause it is part of ("X are working together by
    guarding the border to stop Y ...": X)."""
    current = deed
    for _ in range(4):
        subj = acting_subject(current, ctx)
        if subj is not None:  # "units from the Iraqi army": the army's
            return actor_near(ctx, subj, depth=1) or first_actor(pobjs(subj, _PART_OF), ctx)
        if current.dep_ not in _CLIMBED_DEPS or current.head.i == current.i:
            return None
        current = current.head
    return None


def _kept_back(obj: Any, verb: Any, ctx: ArticleContext) -> Any:
    """The side whose movement the verb stops: Y of "the escape of Y", or Y of "Y from
    fleeing" (a gerund of movement after the verb's or the object's "from")."""
    if lemma_of(obj) in words("movement_nouns"):
        return first_actor(pobjs(obj, _OF), ctx)
    froms = [p for p in (*verb.children, *obj.children) if p.dep_ == "prep" and p.lower_ == "from"]
    moves = [c for p in froms for c in p.children if c.dep_ in ("pcomp", "pobj") and _moving(c)]
    return actor_near(ctx, obj, depth=1) if moves else None


def _moving(tok: Any) -> bool:
    return tok.tag_ == "VBG" and lemma_of(tok) in words("movement_verbs")
