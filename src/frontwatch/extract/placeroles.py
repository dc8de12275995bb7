"""A place name used as an actor ("Russia said", "Iran's missiles", "backed by the United
States"): the note the article pass writes on such a place mention, and the one test that
every reader of the article's places (the main town, the parties named, the evaluation)
uses to leave it out."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.relspan import mention_head
from frontwatch.records import Mention

ACTOR_ROLE = "role:actor"
_ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "dative"})


def named_as_actor(mention: Mention) -> bool:
    """Whether the sentence uses the place's name as an actor, not as a location."""
    return ACTOR_ROLE in mention.note.split(";")


def mark_actor_roles(doc: Any, ctx: Any) -> None:
    """Note on a place mention when the sentence uses the name as an actor, not a location
    ("Russia said", "Iran's missiles", "backed by the United States"): a reader asking
    which places a text names wants Aleppo in "fighting in Aleppo", not Russia there."""
    for index, mention in ctx.place_at.items():
        if index not in ctx.actor_at or named_as_actor(mention):
            continue
        head = mention_head(doc[index], mention)
        by_agent = head.dep_ == "pobj" and head.head.lower_ == "by"
        if head.dep_ in _ACTOR_DEPS or by_agent:
            mention.note = f"{mention.note};{ACTOR_ROLE}" if mention.note else ACTOR_ROLE
