"""Every side a hostile deed is done to: "X shelled A and B positions", "X ambushed an army
convoy and Y fighters", "X attacked A, B and C".

The deed's event keeps its first target; each other side listed with it (a conjunct, or an
owner of a shared noun) is fought by the doer too. The doers of the list are no allies of
one another (co-victims are not allies: extract/covictims.py). The deeds are data
(``relations.yaml``: ``whole_deed_verbs``, ``shared_deed_verbs``).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

from frontwatch.extract.coalitions import coordinated_actors, coordinated_modifiers
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.relativebacking import past_backing_clause
from frontwatch.extract.relsubjects import acting_subject
from frontwatch.extract.sidelists import listed_sides
from frontwatch.records import Mention

Pair = tuple[str, Mention, Mention, Any]
_PHRASE_DEPS = frozenset({"prep", "pobj", "conj", "dobj"})  # the deed's own phrase, no clause
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


@cache
def _hostile_verbs() -> frozenset[str]:
    words = get_lexicon().relation_words
    return words("whole_deed_verbs") | words("shared_deed_verbs")


@cache
def _aimed_verbs() -> frozenset[str]:
    """ "retaliated with strikes against A and against B": a deed whose "against" names its
    enemies though its object does not (``against_only_verbs``)."""
    return get_lexicon().relation_words("against_only_verbs")


@cache
def _deed_verbs() -> frozenset[str]:
    """The verbs whose object or "against" lists the deed's targets (joined once)."""
    return _hostile_verbs() | _aimed_verbs()


def co_target_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """The doer of a hostile deed fights every side its object or its "against" lists."""
    lemma = lemma_of(tok)
    if tok.pos_ != "VERB" or lemma not in _deed_verbs():
        return
    objects = [c for c in tok.children if c.dep_ == "dobj"] if lemma in _hostile_verbs() else []
    aims = _against_objects(tok)
    if not (objects or aims) or any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return
    # sides only, one each: "captured al-Bakkar, aka Abu Dawud" names one man twice
    listed = _listed(objects[0], ctx) if objects else []
    listed += [m for m in listed_sides(aims, ctx) if all(m.start != f.start for f in listed)]
    targets = [t for t in listed if t.actor_id]
    if len({ctx.kb.top_of(t.actor_id) for t in targets}) < 2:
        return  # one target: the deed's own event tells the fight
    subject = acting_subject(tok, ctx)
    doer = actor_near(ctx, past_backing_clause(subject, ctx) if subject is not None else None, depth=1)
    if doer is None:
        return
    for target in targets:
        yield "fights", doer, target, tok


def _against_objects(verb: Any) -> list[Any]:
    """The objects of every "against" the deed's phrase holds: "hit back with drones against
    X and against Y" (the parser hangs the first on "drones" and joins the second to "with"
    as a conjunct); not one inside a clause of its own: the walk ends at a verb or a word
    with a subject of its own ("X deployed troops to A, and Y protested against B and C")."""
    found: list[Any] = []
    stack = [c for c in verb.children if c.dep_ in _PHRASE_DEPS]
    while stack:
        tok = stack.pop()
        if tok.pos_ in ("VERB", "AUX") or any(c.dep_ in _SUBJECT_DEPS for c in tok.children):
            continue  # another clause: its "against" is its own subject's
        if tok.lower_ == "against" and tok.dep_ in ("prep", "conj"):
            found.extend(c for c in tok.children if c.dep_ == "pobj")
            stack.extend(c for c in tok.children if c.dep_ == "conj")  # "... and against Y"
            continue
        stack.extend(c for c in tok.children if c.dep_ in _PHRASE_DEPS)
    return sorted(found, key=lambda t: t.i)


def _listed(obj: Any, ctx: ArticleContext) -> list[Mention]:
    """The sides an object lists: "A and B", "the A and B fighters"."""
    found = coordinated_actors(obj, ctx)
    found += [m for m in coordinated_modifiers(obj, ctx) if all(m.start != f.start for f in found)]
    return found
