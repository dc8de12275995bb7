"""A side's own dead are not its kills: "95 troops were killed while the army battled to
restore control" reads as the army's assault with 95 dead, but the dead are the army's. When
the victims of an event's kill verb belong to its source's party, the two sides swap: the
dead side is the target, and the other side (if any) the one that killed them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from frontwatch.extract.armed import GENERIC_PREFIX
from frontwatch.extract.casualties import victims_of
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.countrymen import counted_people
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.records import Event, Mention


def own_dead_are_targets(
    events: list[Event], ctx: ArticleContext, party: Callable[[str], str]
) -> None:
    """Swap the sides of events whose stated dead are their source's own."""
    killing = get_lexicon().harm_verbs()
    for event in events:
        verb = ctx.trigger_token(event.id) if event.source_actor else None
        if verb is None or verb.lemma_.lower() not in killing:
            continue
        dead = _dead_are_of(verb, event.source_actor, ctx.actor_at, party)
        if dead is not None:
            _swap(event, dead)


def _dead_are_of(
    verb: Any, side: str, actor_at: dict[int, Mention], party: Callable[[str], str]
) -> Mention | None:
    """The mention of ``side``'s dead when the victims the verb names include its party and
    no other named party (classes such as "militia" or "people" are passed over)."""
    found = None
    for victim in victims_of(verb):
        mention = actor_at.get(victim.i)
        if mention is None or not mention.actor_id or counted_people(victim, mention):
            continue  # "killed 25 Iraqis": people of a nation, no side's own dead
        own = mention.actor_id == side or party(mention.actor_id) == party(side) != ""
        if not own and not mention.actor_id.startswith(GENERIC_PREFIX):
            return None  # "30 soldiers and 39 Nusra fighters were killed": both sides' dead
        found = found or (mention if own else None)
    return found


def _swap(event: Event, dead: Mention) -> None:
    """The dead side becomes the target, named as the sentence names its dead, even when
    the side was first carried from the article ("18 IS fighters were killed")."""
    event.source_actor, event.target_actor = event.target_actor, event.source_actor
    event.source_text, event.target_text = event.target_text, event.source_text or dead.text
