"""Repair "between A backed by B and C": the small model hangs the second party C on the
backer B ("backed by [B and C]"), so every rule reads B and C as A's backers, or B as
A's enemy ("fighting between troops backed by Hezbollah fighters and rebels" became the
troops fighting Hezbollah and the rebels backing the troops). "Between" asks for two
parties; when its object A has no conjunct of its own and the only conjunct under A's
participle of backing is a common noun (the next party: "rebels", "militants"), that
conjunct is A's, with its "and" and the words the model hung on B after it ("rebels led
by X"). A list of backers made of names ("backed by Turkey and Qatar") is left alone, and
so is a conjunct that is a weapon or craft (``instruments``: the instrument heads of the
actor KB's ``phrases.yaml``, "backed by Russian jets and helicopters") or that has no
modifier of its own where the backer has an adjective (it shares it: "Russian jets and
helicopters"). Runs between the parser and the attribute ruler, like nlp/backverbs.py.
"""

# No postponed annotations here: spaCy 3.8.7's config system (confection 0.1) reads the
# factory's annotations as types, and a string one fails to resolve.
from typing import Any

import numpy
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc, Token

NAME = "frontwatch_between_pairs"
_WORD = "between"  # the one preposition that asks for two parties joined by "and"
_PARTY_TAGS = frozenset({"NN", "NNS"})  # the second party's head: a common noun
_OWN_MODIFIERS = frozenset({"amod", "compound", "poss", "nmod", "nummod", "det"})


def repair_between_pairs(doc: Doc, instruments: frozenset[str] = frozenset()) -> Doc:
    """Give each "between A <participle> by B and C" its second party C (not a weapon or
    craft among ``instruments``, lower-case words)."""
    if not len(doc):
        return doc
    lowers = doc.to_array([LOWER]).reshape(-1)  # one array read: no per-token Python work
    for i in numpy.flatnonzero(lowers == doc.vocab.strings.add(_WORD)):
        for first in (c for c in doc[int(i)].children if c.dep_ == "pobj"):
            if not any(c.dep_ == "conj" for c in first.children):
                _move_party(first, instruments)
    return doc


def _move_party(first: Token, instruments: frozenset[str]) -> None:
    """Re-hang the one common-noun conjunct of A's agent on A."""
    agents = [
        obj
        for part in first.children
        if part.dep_ == "acl" and part.tag_ == "VBN"
        for by in part.children
        if by.dep_ == "agent"
        for obj in by.children
        if obj.dep_ == "pobj"
    ]
    for backer in agents:
        conjuncts = [c for c in backer.children if c.dep_ == "conj"]
        if len(conjuncts) != 1 or conjuncts[0].tag_ not in _PARTY_TAGS:
            continue
        second = conjuncts[0]
        if second.lower_ in instruments or _shares_modifier(backer, second):
            continue
        for moved in [c for c in backer.children if c.i > backer.i and (c.dep_ == "cc" or c.i > second.i)]:
            moved.head = second if moved.i > second.i else first
        second.head = first
        return


def _shares_modifier(backer: Token, second: Token) -> bool:
    """ "Russian jets and helicopters": the backer's adjective covers a bare conjunct too."""
    return any(c.dep_ == "amod" for c in backer.children) and not any(
        c.dep_ in _OWN_MODIFIERS for c in second.children
    )


class BetweenPairs:
    """The repair, knowing the weapon and craft words."""

    def __init__(self, instruments: frozenset[str]) -> None:
        self.instruments = instruments

    def __call__(self, doc: Doc) -> Doc:
        return repair_between_pairs(doc, self.instruments)


@Language.factory(NAME, default_config={"instruments": []})
def make_between_pairs(nlp: Language, name: str, instruments: list[Any]) -> BetweenPairs:
    return BetweenPairs(frozenset(str(w).lower() for w in instruments))
