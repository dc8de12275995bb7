"""A gerund the parser hung on its own object as a modifier: "denied bombing hospitals",
"admitted shelling the camp", "stopped shelling residential areas" are parsed with
"bombing" as a compound of "hospitals". After a verb that takes a gerund
(``gerund_verbs``), the word is the act, done (or denied) by that verb's subject."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.lexicon import get_lexicon, lemma_of


def misparsed_gerund(tok: Any) -> bool:
    """ "bombing" in "denied bombing hospitals": an -ing word opening the object of a
    verb that takes a gerund, hung on that object as a compound."""
    head = tok.head
    return (
        tok.dep_ == "compound"
        and tok.lower_.endswith("ing")
        and head.dep_ == "dobj"
        and head.left_edge.i == tok.i
        and lemma_of(head.head) in get_lexicon().events["gerund_verbs"]
    )


def gerund_doer(tok: Any) -> Any | None:
    """The subject of the verb the misparsed gerund hangs on: who did (or denies) it."""
    if not misparsed_gerund(tok):
        return None
    return next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)


def governed_object(verb: Any) -> Any | None:
    """ "accused Russian jets of targeting X", "kept Iraqi forces from seizing T": a gerund
    after a preposition is done by the direct object of the verb the preposition hangs on."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.head.i == prep.i:
        return None
    return next((c for c in prep.head.children if c.dep_ == "dobj"), None)
