"""The side a possessive pronoun stands for when it cannot be its own clause's subject:
"the YPG supplies most of its fighters", "the Sanadid Forces fight under its banner" (one
neither fills nor fights under its own). It is the side named as a subject earlier in the
sentence ("The SDF is Kurdish-led: the YPG supplies most of its fighters"), else the
subject of the sentence before (``anaphora.subject_before``); never the clause's own side.
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.anaphora import subject_before
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.records import Mention


def other_side_referred_to(verb: Any, own: Mention | None, ctx: ArticleContext) -> Mention | None:
    """The side "its" stands for in ``verb``'s clause, whose own side is ``own``."""
    own_id = own.actor_id if own is not None else ""
    earlier = [t for t in verb.doc[verb.sent.start : verb.i] if t.dep_ in ("nsubj", "nsubjpass")]
    for subject in reversed(earlier):
        found = actor_near(ctx, subject, depth=1)
        if found is not None and found.actor_id != own_id:
            return found
    found = subject_before(verb, ctx)
    return found if found is not None and found.actor_id != own_id else None


__all__ = ["other_side_referred_to"]
