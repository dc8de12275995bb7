"""Repair "between A backed by B and C": the small model hangs the second party C on the
backer B ("backed by [B and C]"), so every rule reads B and C as A's backers, or B as
A's enemy ("fighting between troops backed by Hezbollah fighters and rebels" became the
troops fighting Hezbollah and the rebels backing the troops). "Between" asks for two
parties; when its object A has no conjunct of its own and the only conjunct under A's
participle of backing is a common noun (the next party: "rebels", "militants"), that
conjunct is A's, with its "and" and the words the model hung on B after it ("rebels led
by X"). A list of backers made of names ("backed by Turkey and Qatar") is left alone.
Runs between the parser and the attribute ruler, like nlp/backverbs.py.
"""

# No postponed annotations here: spaCy 3.8.7's config system (confection 0.1) reads the
# factory's annotations as types, and a string one fails to resolve.
import numpy
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc, Token

NAME = "frontwatch_between_pairs"
_WORD = "between"  # the one preposition that asks for two parties joined by "and"
_PARTY_TAGS = frozenset({"NN", "NNS"})  # the second party's head: a common noun


def repair_between_pairs(doc: Doc) -> Doc:
    """Give each "between A <participle> by B and C" its second party C."""
    if not len(doc):
        return doc
    lowers = doc.to_array([LOWER]).reshape(-1)  # one array read: no per-token Python work
    for i in numpy.flatnonzero(lowers == doc.vocab.strings.add(_WORD)):
        for first in (c for c in doc[int(i)].children if c.dep_ == "pobj"):
            if not any(c.dep_ == "conj" for c in first.children):
                _move_party(first)
    return doc


def _move_party(first: Token) -> None:
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
        for moved in [c for c in backer.children if c.i > backer.i and (c.dep_ == "cc" or c.i > second.i)]:
            moved.head = second if moved.i > second.i else first
        second.head = first
        return


@Language.component(NAME)
def between_pairs(doc: Doc) -> Doc:
    return repair_between_pairs(doc)
