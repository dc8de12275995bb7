"""A strike on a side's commander is a strike on that side.

"A US airstrike killed the commander of an Iran-backed militia", "an Israeli strike
killed two commanders of Iran's Revolutionary Guards", "the strike that killed Gen. X,
the head of the Quds Force": the deed's target is a person, but the side he leads is what
the striker fights. The victim is the object of the deed's verb (or of the verb of a
clause on the deed's noun: "the strike that killed ..."), a leader noun (``relations.yaml``:
``leader_nouns``) or a person in apposition to one, with its "of" side. The tie keeps the
deed's certainty and sentence.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.armed import named_side_ties
from frontwatch.extract.context import ArticleContext, first_actor
from frontwatch.extract.lexicon import lemma_of
from frontwatch.extract.prepobjects import pobjs
from frontwatch.extract.relcues import words
from frontwatch.records import Event, Mention, Relation

_ATTACK = "ASSAULT"
_OF = frozenset({"of"})
_VICTIM_DEPS = frozenset({"dobj", "nsubjpass"})


def leader_victim_ties(events: list[Event], ctx: ArticleContext) -> list[Relation]:
    """Fights ties between each attack's doer and the side of a leader it hit (events given
    are one sentence's)."""
    return named_side_ties(events, _ATTACK, _side_led, "leader", ctx)


def _side_led(trigger: Any, ctx: ArticleContext) -> Mention | None:
    return next(_sides_led(trigger, ctx), None)


def _sides_led(trigger: Any, ctx: ArticleContext) -> Iterator[Mention]:
    """The sides whose leaders the deed's verb hit: "killed the commander of X", "killed
    Gen. Y, the head of X"."""
    verbs = [trigger] if trigger.pos_ == "VERB" else []
    verbs += [c for c in trigger.children if c.dep_ == "relcl" and c.pos_ == "VERB"]
    leaders = words("leader_nouns")
    for verb in verbs:
        for victim in (c for c in verb.children if c.dep_ in _VICTIM_DEPS):
            titles = [victim, *(c for c in victim.children if c.dep_ == "appos")]
            for title in titles:
                if lemma_of(title) in leaders:
                    found = first_actor(pobjs(title, _OF), ctx)
                    if found is not None:
                        yield found


__all__ = ["leader_victim_ties"]
