"""A hold told with its end: "X held T for three days before being driven back by Y",
"the rebels held T for a week before they were pushed out": X had taken T, and lost it
again (to Y when the text names Y), not a standing hold."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.arguments import first_actor, pobjs
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import lemma_of
from frontwatch.extract.observations import Observation, control_words
from frontwatch.records import Mention


def hold_that_ended(
    verb: Any, place: Mention, holder: Mention, ctx: ArticleContext
) -> list[Observation]:
    """The capture that began a hold and the loss that ended it, when a "before" clause
    on the hold tells the holder was driven out or withdrew; else nothing."""
    ending = _ending_verb(verb)
    if ending is None:
        return []
    taker = first_actor(pobjs(ending, frozenset({"by"})), ctx)
    if taker is not None and taker.actor_id == holder.actor_id:
        return []
    kind = "capture" if taker is not None else "withdrawal"
    return [
        Observation("capture", verb, place, holder),
        Observation(kind, ending, place, taker, holder),
    ]


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
