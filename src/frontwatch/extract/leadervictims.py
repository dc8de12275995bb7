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

from collections.abc import Callable, Iterator
from typing import Any

from frontwatch.extract.armed import named_side_ties
from frontwatch.extract.context import ArticleContext, first_actor
from frontwatch.extract.lexicon import get_lexicon, lemma_of
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
    clauses = [c for c in trigger.children if c.dep_ == "relcl" and c.pos_ == "VERB"]
    # "the strike that officials said killed ...": the deed told inside the relative clause
    verbs += clauses + [c for v in clauses for c in v.children if c.dep_ == "ccomp" and c.pos_ == "VERB"]
    if trigger.pos_ == "NOUN" and trigger.dep_ == "nsubj" and trigger.head.lemma_.lower() in get_lexicon().harm_verbs():
        verbs.append(trigger.head)  # "a drone strike killed two commanders of X"
    leaders = words("leader_nouns")
    for verb in verbs:
        for victim in (c for c in verb.children if c.dep_ in _VICTIM_DEPS):
            titles = [victim, *(c for c in victim.children if c.dep_ == "appos")]
            for title in titles:
                if lemma_of(title) in leaders:
                    found = first_actor(pobjs(title, _OF), ctx)
                    if found is not None:
                        yield found


def leaders_hit_are_targets(events: list[Event], ctx: ArticleContext, party: Callable[[str], str]) -> None:
    """Make the side whose leaders an attack or a detention with no target hit its target,
    in place ("a drone strike killed two commanders of X": the strike was aimed at X; "police
    arrested the commander of X": X's man was taken, ``leader_target_types`` in
    events.yaml); never the doer's own side. A target filled from the article, not named in
    the sentence (no ``target_text``: extract/sides.py), gives way to the side named."""
    types = frozenset(get_lexicon().events["leader_target_types"])
    for event in events:
        named = event.target_actor and event.target_text
        if event.type not in types or named or event.claim.certainty == "negated":
            continue
        trigger = ctx.trigger_token(event.id)
        side = _side_led(trigger, ctx) if trigger is not None else None
        if side is None or not side.actor_id:
            continue
        if event.source_actor and party(side.actor_id) == party(event.source_actor):
            continue
        event.target_actor, event.target_text = side.actor_id, side.text


__all__ = ["leader_victim_ties", "leaders_hit_are_targets"]
