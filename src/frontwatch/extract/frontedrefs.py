"""An object pronoun in an adjunct set before its main clause stands for the side that
clause is about, named after it: "With Iran sending militias to fight beside them, the
regime's forces pushed north", "After Moscow sent contractors to fight alongside them, the
LNA pressed on", "Backed by jets striking ahead of them, Iraqi troops entered the city".

Reporting fronts the circumstances of a deed ("with X doing ...", "after X did ...") and
names its doer only after them; the pronoun there cannot reach back to the sentence before.
Read for the relation cues through the reference index (extract/crossrefs.py).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.anaphora import clause_side
from frontwatch.extract.armed import armed
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.referents import plural_pronoun
from frontwatch.extract.verbsubjects import subject_of
from frontwatch.records import Mention

_OBJECT_DEPS = frozenset({"dobj", "pobj", "dative"})
_ADJUNCT_DEPS = frozenset({"advcl", "prep"})
_MAX_CLIMB = 8


def fronted_adjunct_side(tok: Any, ctx: ArticleContext) -> Mention | None:
    """The armed side the main clause's subject names when ``tok``, a plural object
    pronoun, sits in an adjunct of that clause that comes before its subject (see module
    doc); None otherwise, or when the adjunct's own doer is that side."""
    if not plural_pronoun(tok) or tok.dep_ not in _OBJECT_DEPS:
        return None
    subject = _later_subject(tok)
    found = actor_near(ctx, subject, depth=1) if subject is not None else None
    if found is None or not armed(found.actor_id, ctx):
        return None
    own = clause_side(tok, ctx)
    if own is not None and ctx.kb.top_of(own.actor_id or "") == ctx.kb.top_of(found.actor_id):
        return None
    return found


def _later_subject(tok: Any) -> Any | None:
    """The subject, after ``tok``, of the first verb above it that ``tok``'s adjunct (an
    adverbial clause or a prepositional phrase set before that subject) hangs on."""
    child = tok
    for _ in range(_MAX_CLIMB):
        head = child.head
        if head.i == child.i:
            return None
        if head.pos_ in ("VERB", "AUX") and child.dep_ in _ADJUNCT_DEPS:
            subject = subject_of(head)
            if subject is not None and child.i < subject.i and subject.pos_ != "PRON":
                return subject
        child = head
    return None


__all__ = ["fronted_adjunct_side"]
