"""The partner of a joint deed: "X mounted a joint offensive with W against Z".

The one named by the "with" of a joint or combined operation fought beside its doer: the
two are allies and both fight the operation's enemy. Read as the operation's counterpart,
"with W" made W the doer's enemy; the tie guard here drops such a fight. The modifiers
and the operation nouns are data (``relations.yaml``: ``joint_modifiers``,
``started_operation_nouns``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.arguments import first_actor, pobjs
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.relcues import Pair, words
from frontwatch.extract.relspan import mention_heads
from frontwatch.extract.relsubjects import acting_subject
from frontwatch.extract.verbsubjects import subject_of
from frontwatch.records import Event, Mention, Relation

_WITH = frozenset({"with"})
_ENEMY_PREPS = frozenset({"against", "on"})


def joint_partner_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "X mounted a joint offensive with W (against Z)", "X conducted combined operations
    with W": X and W are allies, and W fights Z as X does."""
    operation = _joint_operation(tok)
    if operation is None:
        return
    verb = operation.head
    partner_heads = pobjs(operation, _WITH) or pobjs(verb, _WITH)
    partner = first_actor(partner_heads, ctx)
    doer = _doer(operation, verb, ctx)
    if partner is None or doer is None or partner.actor_id == doer.actor_id:
        return
    yield "allied", doer, partner, operation
    enemy = _enemy(operation, partner_heads, ctx)
    if enemy is not None and enemy.actor_id not in (doer.actor_id, partner.actor_id):
        yield "fights", doer, enemy, operation
        yield "fights", partner, enemy, operation


def _enemy(operation: Any, partner_heads: list[Any], ctx: ArticleContext) -> Mention | None:
    """Z of "a joint offensive with W against Z", on the operation, its verb or W."""
    hosts = [operation, operation.head, *partner_heads]
    return first_actor([o for host in hosts for o in pobjs(host, _ENEMY_PREPS)], ctx)


def partner_not_target(events: list[Event], ctx: ArticleContext) -> None:
    """An event of a joint operation whose target is the operation's "with" partner
    ("launched a joint offensive with W against Z"): the target is Z, or no one."""
    for event in events:
        token = ctx.trigger_token(event.id)
        if token is None or not event.target_actor:
            continue
        operations = [token] + [c for c in token.children if c.dep_ == "dobj"]
        for operation in operations:
            if not any(_joint_operation(m) is not None for m in operation.children):
                continue
            heads = pobjs(operation, _WITH) or pobjs(operation.head, _WITH)
            partner = first_actor(heads, ctx)
            if partner is None or partner.actor_id != event.target_actor:
                continue
            enemy = _enemy(operation, heads, ctx)
            event.target_actor = enemy.actor_id if enemy is not None else ""
            event.target_text = enemy.text if enemy is not None else ""


def _joint_operation(tok: Any) -> Any | None:
    """The operation noun ``tok`` (a joint modifier) describes: "joint" of "a joint
    offensive", the object of the verb that carried it out."""
    if tok.dep_ != "amod" or lemma_of(tok) not in words("joint_modifiers"):
        return None
    noun = tok.head
    if lemma_of(noun) not in words("started_operation_nouns") or noun.dep_ != "dobj":
        return None
    return noun


def _doer(operation: Any, verb: Any, ctx: ArticleContext) -> Mention | None:
    owners = [c for c in operation.children if c.dep_ == "poss"]
    subject = acting_subject(verb, ctx)
    if subject is not None and subject.pos_ == "PRON":
        subject = _speaker_of(verb) or subject
    return first_actor(owners, ctx) or (actor_near(ctx, subject) if subject is not None else None)


def _speaker_of(verb: Any) -> Any | None:
    """ "The army said it had launched ...": the pronoun stands for the sayer, the subject
    of the attribution verb whose clause the deed is."""
    if verb.dep_ != "ccomp" or lemma_of(verb.head) not in get_lexicon().certainty(
        "attribution_verbs"
    ):
        return None
    return subject_of(verb.head)


def partner_read_as_enemy(relation: Relation, ctx: ArticleContext) -> bool:
    """A fight between the doer of a joint operation and its "with" partner ("X mounted a
    joint offensive with W"): the partner fought beside the doer, not against it."""
    if relation.kind != "fights" or not (relation.source_text and relation.target_text):
        return False
    ends = (
        (relation.source_text, relation.target_actor),
        (relation.target_text, relation.source_actor),
    )
    for partner_text, other_end in ends:
        for tok, _mention in mention_heads(partner_text, relation, ctx):
            operation = _operation_of_partner(tok)
            if operation is None:
                continue
            doer = _doer(operation, operation.head, ctx)
            if doer is not None and doer.actor_id == other_end:
                return True
    return False


def _operation_of_partner(tok: Any) -> Any | None:
    """The joint operation whose "with" names ``tok``, on the operation or on its verb."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "with":
        return None
    host = tok.head.head
    hosts = (
        [host] if host.pos_ in ("NOUN", "PROPN") else [c for c in host.children if c.dep_ == "dobj"]
    )
    return next((op for op in hosts for m in op.children if _joint_operation(m) is not None), None)
