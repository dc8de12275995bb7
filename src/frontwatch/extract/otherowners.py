"""The side a possessive pronoun stands for when it cannot be its own clause's subject:
"the YPG supplies most of its fighters", "the Sanadid Forces fight under its banner" (one
neither fills nor fights under its own). It is the side named as a subject earlier in the
sentence ("The SDF is Kurdish-led, and the YPG supplies most of its fighters"), else the side
the shared agreeing search finds before it (``referents.agreeing_antecedents``: the clause
before a ";" or ":", then the sentences before); either agrees with the pronoun in number
(``referents.agrees``), and is never the clause's own side.
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.referents import agreeing_antecedents, agrees
from frontwatch.records import Mention


def other_side_referred_to(verb: Any, own: Mention | None, ctx: ArticleContext, pronoun: Any) -> Mention | None:
    """The side ``pronoun`` ("its") stands for in ``verb``'s clause, whose own side is ``own``."""
    own_id = own.actor_id if own is not None else ""
    earlier = [t for t in verb.doc[verb.sent.start : verb.i] if t.dep_ in ("nsubj", "nsubjpass")]
    for subject in reversed(earlier):
        found = actor_near(ctx, subject, depth=1)
        if found is not None and found.actor_id != own_id and agrees(pronoun, found, ctx):
            return found
    sides = [m for m in agreeing_antecedents(pronoun, ctx, own=own_id) if m.actor_id != own_id]
    return sides[0] if sides else None


__all__ = ["other_side_referred_to"]
