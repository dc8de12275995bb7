"""A list of modifiers the parser broke at its first word: "Attack, fighter and bomber
aircraft conducted 12 airstrikes" is read with "Attack" as the subject and "fighter and
bomber aircraft" as its apposition, or as three coordinated nouns. The first word describes the aircraft as the others do,
and tells no act of its own (extract/triggers.py blocks a modifier as a trigger)."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.lexicon import get_lexicon, lemma_of

_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def heads_a_broken_modifier_list(tok: Any) -> bool:
    """The word stands before a comma and an apposition whose head is modified by a list
    of words joined by "and" or "or" ("Attack, fighter and bomber aircraft")."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is None or nxt.text != ",":
        return False
    if any(
        c.dep_ == "appos"
        and any(m.dep_ in _MODIFIER_DEPS and m.conjuncts and tok.i < m.i < c.i for m in c.children)
        for c in tok.children
    ):
        return True
    # "Attack, fighter and remotely piloted aircraft" read as three coordinated nouns: the
    # others name no act, and the last is the head they all describe
    others = [c for c in tok.conjuncts if c.i > tok.i]
    nouns = get_lexicon().nouns
    links = [t for t in tok.doc[tok.i : others[-1].i] if t.dep_ == "cc"] if others else []
    return (
        len(others) >= 2
        and bool(links)  # a list "A, B and C", not "the offensive, code-named Operation B"
        and all(lemma_of(c) not in nouns for c in others)
        and any(m.dep_ in _MODIFIER_DEPS for m in others[-1].children)
    )
