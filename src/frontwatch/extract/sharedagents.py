"""The "by" agent that coordinated participles share: "trained and equipped by X".

The parser hangs the agent on the last participle only, so the first one ("trained")
looks like a verb with no doer, or, when the parser makes it the clause's verb
("Militias trained and paid by Iran are fighting"), like a deed of its own subject.
Both participles tell what X did to the noun they describe.
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.prepobjects import pobjs

_BY = frozenset({"by"})
_OWN_DOINGS = frozenset({"aux", "auxpass", "agent", "dobj", "dative"})
# a participle with its own subject or auxiliary is a clause of its own: "X trained and
#   was joined by Y" (Y joined X; Y backs no one)
_OWN_CLAUSE = frozenset({"aux", "auxpass", "nsubj", "nsubjpass", "dobj"})


def borrowed_agents(verb: Any) -> list[Any]:
    """The "by" objects of a participle joined to ``verb``, when ``verb`` has no agent,
    auxiliary or object of its own (else it is a deed of its subject: "X trained and
    later armed Y"); [] otherwise."""
    if verb.tag_ not in ("VBN", "VBD") or any(c.dep_ in _OWN_DOINGS for c in verb.children):
        return []
    for conj in verb.children:
        if conj.dep_ == "conj" and conj.tag_ == "VBN":
            agents = pobjs(conj, _BY)
            if agents and not any(c.dep_ in _OWN_CLAUSE for c in conj.children):
                return agents
    return []


def described_by_first(verb: Any) -> Any | None:
    """The noun a pair of participles describes when the agent hangs on the second
    ("brigades supplied and advised by X": brigades); None otherwise."""
    head = verb.head
    if verb.dep_ == "conj" and head.dep_ in ("acl", "amod") and head.tag_ == "VBN":
        return head.head
    return None
