"""Acts told as the means of support ("NATO continues support with air strikes") and words
that say what kind of support it is ("military aid"): who acts is read around them, never
from them (extract/arguments.py)."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.lexicon import get_lexicon, lemma_of


def support_given_by(noun: Any) -> Any | None:
    """ "NATO continues support with air strikes": the strikes are the means of the support
    its verb's subject gives, so they take the support noun's place in the clause."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or prep.head.i == prep.i:
        return None
    support = prep.head
    return support if lemma_of(support) in get_lexicon().relation_words("support_nouns") else None


def a_kind_of_support(noun: Any) -> bool:
    words = get_lexicon().relation_words
    return lemma_of(noun) in words("support_nouns") | words("giving_objects")
