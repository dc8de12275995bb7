"""A side that guides another's fight backs it: "American special forces guided the SDF
assault on the town", "French commandos directed the Peshmerga's offensive", "US advisers
called in air strikes for the Iraqi army", "spotters marked targets for the rebels".

Guidance (``guiding_verbs``) ties two sides only through the fight it serves: the object is
an operation or its targets (``started_operation_nouns``, ``guided_objects``; "call" only
with "in") whose owner names the one helped ("the SDF
assault", "the army's push"), or the guidance is done "for" a named side ("called in strikes
for Y"; ``guided_for_preps``). The owner must be another side than the guide: "the SDF
directed its offensive north" ties no one, nor does "guided the talks". Where the operation
is "against" a named side, the guide fights it too.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.arguments import pobjs
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.observations import is_combatant
from frontwatch.extract.relpairs import Pair, pair_of, words
from frontwatch.extract.relsubjects import acting_subject
from frontwatch.records import Mention

_OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
_AGAINST = frozenset({"against"})


def guided_assault_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """``tok`` a guiding verb: its subject backs the side whose fight it guides."""
    if tok.pos_ != "VERB" or lemma_of(tok) not in words("guiding_verbs"):
        return
    operation = _guided_operation(tok)
    if operation is None:
        return
    guide = actor_near(ctx, acting_subject(tok, ctx), depth=1)
    helped = _operation_owner(operation, ctx) or _helped_for((tok, operation), ctx)
    if guide is None or helped is None or guide.actor_id == helped.actor_id:
        return
    if not (is_combatant(guide, ctx) and is_combatant(helped, ctx)):
        return
    yield from pair_of("backs", guide, helped, tok)
    for target in pobjs(operation, _AGAINST):
        enemy = actor_near(ctx, target, depth=1)
        if enemy is not None and enemy.actor_id not in (guide.actor_id, helped.actor_id):
            yield from pair_of("fights", guide, enemy, tok)


def _guided_operation(verb: Any) -> Any | None:
    """The fight guided: the verb's object ("guided the assault"), or what is called in
    ("called in air strikes", whose noun the parser hangs on the particle); a verb of
    calling guides only with its "in" ("called for a truce" guides nothing), one of
    spotting only targets or fire ("spotted the attack" guides nothing)."""
    called_in = [g for c in verb.children if c.dep_ == "prt" and c.lower_ == "in" for g in c.children]
    if lemma_of(verb) in words("calling_in_verbs") and not any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"] + called_in
    guided = get_lexicon().tie_words("guided_objects")
    if lemma_of(verb) not in get_lexicon().tie_words("target_only_guiding_verbs"):
        guided |= words("started_operation_nouns")  # "spotted the attack" saw it, guided nothing
    return next((o for o in objects if lemma_of(o) in guided), None)


def _operation_owner(operation: Any, ctx: ArticleContext) -> Mention | None:
    """The side an operation is named for: "the SDF assault", "the army's push"."""
    for owner in (c for c in operation.children if c.dep_ in _OWNER_DEPS):
        if owner.pos_ == "PRON":
            return None  # "directed its offensive": the guide's own fight
        found = actor_near(ctx, owner, depth=1)
        if found is not None:
            return found
    return None


def _helped_for(heads: tuple[Any, Any], ctx: ArticleContext) -> Mention | None:
    """ "called in strikes for the Iraqi army", "marked targets for the rebels": the side the
    guidance is done for, the "for" hung on the verb or on its object."""
    preps = get_lexicon().tie_words("guided_for_preps")
    objects = [o for head in heads for o in pobjs(head, preps)]
    return next((m for o in objects if (m := actor_near(ctx, o, depth=1))), None)


__all__ = ["guided_assault_pairs"]
