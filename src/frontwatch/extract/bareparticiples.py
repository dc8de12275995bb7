"""A passive whose auxiliary the report left out: "officials reported four Syrians killed
and two wounded in an Israeli strike", "the ministry said nine Palestinians killed in a
raid", "Three soldiers wounded in an ambush near Kidal".

The small model reads the counted victims as the subject of an active "killed", so the
dead became the act's doer (a Syrian strike, a Palestinian raid). A kill or wound verb
(``bare_participle_verbs`` in events.yaml) that has a counted subject ("four Syrians"),
no auxiliary of its own and no object, nor a coordinated verb with one ("the strike killed
and wounded dozens"), is told in the passive: its subject is who it was done to, and its
doer is the agent or the means' owner, as for "were killed in an Israeli strike".
"""

from __future__ import annotations

from functools import cache
from typing import Any

from frontwatch.extract.lexicon import get_lexicon

_OWN_WORDS = frozenset({"aux", "auxpass", "dobj", "nsubjpass"})


@cache
def _verbs() -> frozenset[str]:
    return frozenset(get_lexicon().events["bare_participle_verbs"])


def bare_passive(verb: Any) -> bool:
    """Whether ``verb`` is a kill or wound participle with counted victims as its subject and
    no auxiliary or object: a passive with the auxiliary left out."""
    if verb.lemma_.lower() not in _verbs() or verb.tag_ not in ("VBN", "VBD"):
        return False
    if any(c.dep_ in _OWN_WORDS for c in verb.children):
        return False
    if any(c.dep_ == "dobj" for conj in verb.conjuncts for c in conj.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # the count may hang on a part of the subject: the demonym "Palestinians" is split
    # into "Palestinian" + "s" before parsing
    return subject is not None and any(t.like_num or t.dep_ == "nummod" for t in subject.subtree)
