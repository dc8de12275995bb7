"""An ally's dead are not a side's kills: "15 Hezbollah fighters were killed in clashes around
the town, as Syrian troops pressed an offensive to retake it from rebels". A kill verb with
no doer of its own borrows one from a clause beside it (the "as" or "while" clause), and
that clause's subject fights beside the dead. When the knowledge base ties the doer to the
side whose dead the verb counts (extract/armed.kb_friends: alliance, backing, membership,
either way), the doer is the enemy the doer's own clause names ("from rebels", "against
Ukrainian troops": ``allied_dead_enemy_preps`` in events.yaml), or no one when it names
none. A side's own dead are extract/owndead.py's."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.armed import kb_friends
from frontwatch.extract.casualties import victims_of
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.records import Event, Mention

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def allied_dead_are_not_kills(events: list[Event], ctx: ArticleContext) -> None:
    """Give, in place, the kill of a doer's ally's dead to the enemy the doer's clause names,
    or to no one."""
    killing = get_lexicon().harm_verbs()
    for event in events:
        sided = event.source_actor and event.target_actor
        verb = ctx.trigger_token(event.id) if sided else None
        if verb is None or verb.lemma_.lower() not in killing:
            continue
        if not _counts_the_dead_of(verb, event.target_actor, ctx):
            continue
        if not kb_friends(event.source_actor, event.target_actor, ctx):
            continue
        clauses = _doer_clauses(verb, event.source_actor, ctx)
        if not clauses:
            continue  # "troops killed four allied fighters by mistake": their own deed
        enemy = _enemy_of_the_doer(clauses, event, ctx)
        event.source_actor = enemy.actor_id if enemy is not None else ""
        event.source_text = enemy.text if enemy is not None else ""


def _counts_the_dead_of(verb: Any, side: str, ctx: ArticleContext) -> bool:
    """The verb's victims name the side ("15 Hezbollah fighters were killed")."""
    return any(
        (mention := ctx.actor_at.get(victim.i)) is not None and mention.actor_id == side
        for victim in victims_of(verb)
    )


def _enemy_of_the_doer(clauses: list[Any], event: Event, ctx: ArticleContext) -> Mention | None:
    """The first side the doer's clauses name after an enemy preposition, that is neither
    the doer, the dead nor a friend of the dead."""
    preps = frozenset(get_lexicon().events["allied_dead_enemy_preps"])
    for clause in clauses:
        for tok in clause.subtree:
            if tok.dep_ != "pobj" or tok.head.lower_ not in preps:
                continue
            mention = ctx.actor_at.get(tok.i)
            if mention is None or not mention.actor_id:
                continue
            if mention.actor_id in (event.source_actor, event.target_actor):
                continue
            if not kb_friends(mention.actor_id, event.target_actor, ctx):
                return mention
    return None


def _doer_clauses(verb: Any, side: str, ctx: ArticleContext) -> list[Any]:
    """The verbs whose subject names the doer in the kill verb's sentence; none when the
    kill verb's own subject names it."""
    clauses = []
    for tok in verb.sent:
        mention = ctx.actor_at.get(tok.i)
        if mention is None or mention.actor_id != side or tok.dep_ not in _SUBJECT_DEPS:
            continue
        if tok.head.i == verb.i:
            return []
        clauses.append(tok.head)
    return clauses
