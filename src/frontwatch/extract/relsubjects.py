"""Who a relation's clause is about when its subject is a relative pronoun.

"Iran, which backs the Houthis" and "the Houthis, who are backed by Iran" state the tie
in a relative clause: its subject, "which" or "who", stands for the noun the clause hangs
on, and the relation cues read that noun as the side.
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.context import subject_of

_RELATIVE_TAGS = frozenset({"WDT", "WP"})


def acting_subject(verb: Any) -> Any | None:
    """The verb's subject (``context.subject_of``), a relative pronoun read as the noun it
    stands for: "Hezbollah, which fights alongside the army" -> Hezbollah."""
    subj = subject_of(verb)
    return relative_antecedent(subj) if subj is not None else None


def relative_antecedent(tok: Any) -> Any:
    """The noun a relative pronoun ("which", "who", "that") stands for; else the token."""
    if tok.tag_ in _RELATIVE_TAGS and tok.head.dep_ == "relcl" and tok.head.head.i != tok.head.i:
        return tok.head.head
    return tok
