"""A hold told with its end: "X held T for three days before being driven back by Y",
"the rebels held T for a week before they were pushed out": X had taken T, and lost it
again (to Y when the text names Y), not a standing hold. A hold told with its start: "X
reached T on Friday and now control the town": X took T."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.arguments import first_actor, pobjs
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.control_objects import place_and_agent
from frontwatch.extract.lexicon import lemma_of
from frontwatch.extract.observations import Observation, control_words
from frontwatch.records import Mention


def hold_that_ended(
    verb: Any, place: Mention, holder: Mention, ctx: ArticleContext
) -> list[Observation]:
    """The capture that began a hold and the loss that ended it, when a "before" clause
    on the hold tells the holder was driven out or withdrew; else nothing."""
    ending = _ending_verb(verb)
    if ending is None or not _held_is(verb, place) or not _left_is(ending, place):
        return []
    taker = first_actor(pobjs(ending, frozenset({"by"})), ctx)
    if taker is not None and taker.actor_id == holder.actor_id:
        return []
    kind = "capture" if taker is not None else "withdrawal"
    return [
        # the capture that began the hold lies before the report's day: background, with
        # no day of its own, so the loss that ended the hold is the place's latest change
        Observation("capture", verb, place, holder, returned=True),
        Observation(kind, ending, place, taker, holder),
    ]


def _in_place(tok: Any, place: Mention) -> bool:
    return bool(place.start <= tok.idx < place.end)


def _held_is(verb: Any, place: Mention) -> bool:
    """The thing held is the place itself ("held T", "held the town", "T was held"),
    not something held in it ("held talks in T", "held a rally in T")."""
    held = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(
        _in_place(h, place) or lemma_of(h) in control_words("anaphor_place_nouns") for h in held
    )


def _left_is(ending: Any, place: Mention) -> bool:
    """What the holder was driven out of or left, when the ending names it, is that place
    or a place noun ("pushed out of the town"), not "pushed out of the negotiations"."""
    left = [c for c in ending.children if c.dep_ == "dobj"] + [
        g
        for t in ending.subtree
        if t.dep_ == "prep" and t.lower_ in ("from", "of")
        for g in t.children
        if g.dep_ == "pobj"
    ]
    return all(
        _in_place(g, place) or lemma_of(g) in control_words("anaphor_place_nouns") for g in left
    )


def held_verb(verb: Any, ctx: ArticleContext) -> Iterator[Observation]:
    """ "X holds T", "T is held by X"; "held T for a week before being driven out": a
    capture and a loss."""
    place, holder = place_and_agent(verb, ctx)
    if place is not None and holder is not None and _held_on_arrival(verb):
        # "reached T on Friday and now fully control the town": the holding begins there
        yield Observation("capture", verb, place, holder)
    elif place is not None and holder is not None:
        # "held T for three days before being driven back": taken, then lost again
        yield from hold_that_ended(verb, place, holder, ctx) or [
            Observation("held", verb, place, holder)
        ]


def _held_on_arrival(verb: Any) -> bool:
    """ "reached T on Friday and now control the town", "arrived in T and hold it": a
    holding joined to the same side's arrival is the change the arrival made (not "are now
    in full control of T" alone, a holding)."""
    return (
        verb.dep_ == "conj"
        and lemma_of(verb.head) in control_words("arrival_hold_marks")
        and not any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in verb.children)
        and not any(c.dep_ == "neg" for c in verb.children)
    )


def _ending_verb(verb: Any) -> Any | None:
    """ "before being driven back", "before they were pushed out", "before withdrawing"."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "before":
            candidates: Iterator[Any] = (g for g in child.children if g.dep_ == "pcomp")
        elif child.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ == "before" for m in child.children
        ):
            candidates = iter([child])
        else:
            continue
        for ending in candidates:
            if _ends_a_hold(ending):
                return ending
    return None


def _ends_a_hold(verb: Any) -> bool:
    """Driven (pushed, expelled) out or back, as a passive; or withdrew, fled, retreated."""
    lemma = lemma_of(verb)
    if lemma in control_words("withdrawal_verbs"):
        return True
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    return passive and lemma in control_words("clearing_verbs")
