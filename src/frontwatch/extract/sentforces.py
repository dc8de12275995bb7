"""A force sent against an enemy: "X is sending Y's brigades against Z", "X threw Y against
Z", "X dispatched Y to fight Z".

The force sent (a named armed side, not a class of fighters) fights the enemy, and the
sender backs it (a state's own army is no side it backs: ``relations._plausible`` drops
ties within one body); the sender fights the enemy too, as the one who commands the
force. The enemy is the object of an "against" on the verb, on the force, or on a
participle describing the force ("brigades, recruited in T and paid by X, against Z"),
or of a fighting verb that is the sending's purpose ("to fight Z"). Words are data
(``relations.yaml``: ``force_sending_verbs``, ``against_verbs``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.argsides import object_actor
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.lexicon import lemma_of
from frontwatch.extract.observations import is_combatant
from frontwatch.extract.prepobjects import pobjs
from frontwatch.extract.relcues import Pair, words
from frontwatch.extract.relpairs import pair_of
from frontwatch.extract.relsubjects import acting_subject
from frontwatch.records import Mention

_AGAINST = frozenset({"against"})
_PURPOSE_DEPS = frozenset({"advcl", "xcomp"})


def sent_force_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "X sent Y against Z", "X dispatched Y to fight Z": Y fights Z, X backs Y and
    fights Z."""
    if tok.pos_ != "VERB" or lemma_of(tok) not in words("force_sending_verbs"):
        return
    force = next((c for c in tok.children if c.dep_ == "dobj"), None)
    sent = object_actor(force, ctx) if force is not None else None  # also "thousands of fighters"
    if force is None or sent is None or not is_combatant(sent, ctx):
        return
    enemies = [m for m in _enemies(tok, force, ctx) if is_combatant(m, ctx)]
    subject = acting_subject(tok, ctx)
    sender = actor_near(ctx, subject, depth=1) if subject is not None else None
    named_force = not sent.actor_id.startswith("GEN_")
    if enemies and named_force:
        yield from pair_of("backs", sender, sent, tok)
    for enemy in enemies:
        if named_force:
            yield from pair_of("fights", sent, enemy, tok)
        yield from pair_of("fights", sender, enemy, tok)


def _enemies(verb: Any, force: Any, ctx: ArticleContext) -> list[Mention]:
    """The sides named by "against" on the verb, the force or the force's participles, or
    as object of the fighting verb the sending is for."""
    hosts = [verb, force, *_participles_of(force)]
    heads = [o for host in hosts for o in pobjs(host, _AGAINST)]
    heads += [o for deed in _purposes(verb, force) for o in deed.children if o.dep_ == "dobj"]
    found = [actor_near(ctx, h, depth=1) for h in heads]
    return [m for m in found if m is not None]


def _participles_of(force: Any) -> list[Any]:
    """ "brigades, recruited in T and paid by X": the participles describing the force,
    on which the parser often hangs the "against" of the sending."""
    described = [c for c in force.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    return [p for d in described for p in (d, *d.conjuncts)]


def _purposes(verb: Any, force: Any) -> list[Any]:
    """ "to fight Z" as the purpose of the sending (on the verb) or of the force sent."""
    deeds = [c for c in verb.children if c.dep_ in _PURPOSE_DEPS]
    deeds += [c for c in force.children if c.dep_ == "acl" and c.tag_ == "VB"]
    return [d for d in deeds if lemma_of(d) in words("against_verbs") or _phrasal_fight(d)]


def _phrasal_fight(verb: Any) -> bool:
    """ "sent fighters to take on Y", "to go after Y": a verb whose particle makes it a fight
    (``against_phrasal_verbs``)."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return any(f"{lemma_of(verb)} {p}" in words("against_phrasal_verbs") for p in particles)
