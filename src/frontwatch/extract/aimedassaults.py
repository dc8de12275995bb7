"""The aim of an armed operation: "X's offensive is aimed (chiefly) at Y", "an assault
directed at Y", "X launched an operation aimed at Y", "X's bombing campaign targets Y".

Whoever carries out the operation (its owner, its "by" phrase, the subject of the verb
that launches or joins it: ``operations.doer_in_phrase``, or a nationality adjective on it) fights each armed side it is aimed at. A campaign of words,
money or law ("the sanctions are aimed at Y", "a media campaign targeting Y") is no fight.
Words are data (``relations.yaml``: ``aiming_verbs``; the operation nouns are
``co_agent_nouns``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.fightcues import a_civil_campaign
from frontwatch.extract.lexicon import lemma_of
from frontwatch.extract.observations import is_combatant
from frontwatch.extract.operations import doer_in_phrase, is_operation
from frontwatch.extract.prepobjects import pobjs
from frontwatch.extract.relcues import Pair, words
from frontwatch.extract.relpairs import pair_of
from frontwatch.extract.sidelists import coordinated_actors
from frontwatch.records import Mention

_AIM_PREPS = frozenset({"at", "against"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def aimed_operation_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "the offensive is aimed at Y", "an assault directed at Y", "the campaign targets
    Y": the operation's doer fights Y."""
    if tok.pos_ != "VERB" or lemma_of(tok) not in words("aiming_verbs"):
        return
    operation = _operation_aimed(tok)
    if operation is None or a_civil_campaign(operation):
        return
    doer = _doer(operation, ctx)
    targets = pobjs(tok, _AIM_PREPS) + [c for c in tok.children if c.dep_ == "dobj"]
    for head in targets:
        for enemy in coordinated_actors(head, ctx):
            if is_combatant(enemy, ctx) and is_combatant(doer, ctx):
                yield from pair_of("fights", doer, enemy, tok)


def _doer(operation: Any, ctx: ArticleContext) -> Mention | None:
    """Who carries out the operation, named in its own phrase or clause ("the army's
    offensive", "the Iraqi offensive", "X launched an operation"); an operation named
    alone is left unowned, as the sentences before may tell of several."""
    found = doer_in_phrase(operation, ctx)
    if found is not None:
        return found
    owners = [c for c in operation.children if c.dep_ == "amod"]
    return next((m for m in (actor_near(ctx, o, depth=0) for o in owners) if m), None)


def _operation_aimed(verb: Any) -> Any | None:
    """The operation the verb tells the aim of: its subject ("the offensive is aimed at"),
    the subject of the clause it is joined to ("is led by X and is aimed at"), or the
    noun it describes ("an assault directed at")."""
    if verb.dep_ == "acl":
        return verb.head if is_operation(verb.head) else None
    holder = verb
    while not any(c.dep_ in _SUBJECT_DEPS for c in holder.children) and holder.dep_ == "conj":
        holder = holder.head
    subject = next((c for c in holder.children if c.dep_ in _SUBJECT_DEPS), None)
    if subject is None:
        return None
    # "Near T, the army's assault ... is aimed at": the parser may take the fronted place for
    # the subject and the operation for its apposition
    named = [subject, *(c for c in subject.children if c.dep_ == "appos")]
    return next((n for n in named if is_operation(n)), None)
