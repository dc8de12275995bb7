"""Verbs that tell a capture only when told as done: "Iraqi forces have already secured the
towns of A, B and C", "in March the army secured T", "T was secured by X on Friday". The same
verb in the progressive, the infinitive or the present tells guarding ("militias who were
securing the shrine", "sent to secure the town", "troops secure the route"), not taking; so
does "secured" as an adjective. Words are data (relations.yaml, control:
``done_capture_verbs``); control.observations_at reads them as capture verbs when this
test passes. Its object must itself name a town ("secured the release of the hostages in
T" takes nothing).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from frontwatch.extract.context import ArticleContext

_DONE_AUX = frozenset({"have", "has", "had", "having", "was", "were", "been", "is", "are", "be"})


def told_as_done(verb: Any) -> bool:
    """A simple past ("secured T"), or a perfect or a passive ("have secured T", "T was
    secured"), with no modal ("will have secured", "could be secured" are not told done)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.lower_ == "to" for a in auxes):
        return False
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ != "VBN":
        return False
    if not auxes:  # "the army secured/VBN T": a past the small tagger took for a participle,
        return any(c.dep_ == "nsubj" for c in verb.children)  # not "the town secured by X"
    return any(a.lower_ in _DONE_AUX for a in auxes)


def takes_a_town(verb: Any, ctx: ArticleContext) -> bool:
    """Whether told as done and what the verb takes is a named place: its object or passive
    subject ("secured Ramadi", "T was secured"), or the places "of" it ("secured the towns
    of A, B and C")."""
    if not told_as_done(verb):
        return False
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "nsubjpass"):
            continue
        named = [obj, *(c for c in obj.children if c.dep_ == "compound")]
        named += [
            o
            for p in obj.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
        ]
        if any(t.i in ctx.place_at for t in named):
            return True
    return False
