"""A place name used as an actor ("Russia said", "Iran's missiles", "backed by the United
States"): the note the article pass writes on such a place mention, and the one test that
every reader of the article's places (the main town, the parties named, the evaluation)
uses to leave it out. The other roles a name plays (a distance's far end, an origin, a
destination: placedistance.py, placeorigin.py, placedestination.py) are noted and read
with ``add_role`` and ``has_role``."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.relspan import mention_head
from frontwatch.records import Mention

ACTOR_ROLE = "role:actor"
_ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "dative"})
_NAME_DEPS = frozenset({"compound", "conj", "appos"})


def has_role(mention: Mention, role: str) -> bool:
    """Whether the mention's note holds the role."""
    return role in mention.note.split(";")


def add_role(mention: Mention, role: str) -> None:
    """Note the role on the mention, once."""
    if not has_role(mention, role):
        mention.note = f"{mention.note};{role}" if mention.note else role


def name_head(tok: Any) -> Any:
    """The head word of the name ``tok`` is part of ("the X mountains", "X and Y")."""
    while tok.dep_ in _NAME_DEPS and tok.head.i != tok.i:
        tok = tok.head
    return tok


def named_as_actor(mention: Mention) -> bool:
    """Whether the sentence uses the place's name as an actor, not as a location."""
    return has_role(mention, ACTOR_ROLE)


def mark_actor_roles(doc: Any, ctx: Any) -> None:
    """Note on a place mention when the sentence uses the name as an actor, not a location
    ("Russia said", "Iran's missiles", "backed by the United States"): a reader asking
    which places a text names wants Aleppo in "fighting in Aleppo", not Russia there."""
    for index, mention in ctx.place_at.items():
        if index not in ctx.actor_at:
            continue
        head = mention_head(doc[index], mention)
        by_agent = head.dep_ == "pobj" and head.head.lower_ == "by"
        if head.dep_ in _ACTOR_DEPS or by_agent:
            add_role(mention, ACTOR_ROLE)
