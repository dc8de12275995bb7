"""Actor phrases whose head the tagger read as a verb: "coalition airstrikes on IS targets
helped ...", "with the help of Coalition airstrikes".

The small model tags a plural noun such as "airstrikes" or "strikes" as a verb (VBZ) when a
preposition or the sentence's end follows it, so the phrase makes no noun chunk and its owner
("coalition", "U.S.-led coalition") names no one. A word of phrases.yaml's heads standing in a
noun's place (a subject, an object, a preposition's object) with the owner or link words
hung on it before it is read as the head of a phrase all the same.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy

from frontwatch.kb.actors.phrases import PhraseRules
from frontwatch.nlp.treearrays import labels_and_lowers
from frontwatch.nlp.wordtest import tag_is

_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})  # where a noun stands
_MODIFIER_DEPS = frozenset({"compound", "amod", "det", "nummod", "poss"})  # words before a head
_VERB_TAGS = ("VBZ", "VBP")  # the tags of a present-tense verb


def verb_read_chunks(doc: Any, rules: PhraseRules) -> Iterator[Any]:
    """Spans of the doc that are an actor phrase whose head was tagged as a verb."""
    heads = _one_word_heads(rules)  # the instruments ("jets", "airstrikes") are among them
    deps, lowers = labels_and_lowers(doc)
    verbal = numpy.flatnonzero(tag_is(doc, _VERB_TAGS[0]) | tag_is(doc, _VERB_TAGS[1])).tolist()
    # the tests read from the doc's lists: a Token only of a word that passes them
    for i in (i for i in verbal if deps[i] in _NOUN_DEPS and lowers[i] in heads):
        token = doc[i]
        before = [c for c in token.lefts if c.dep_ in _MODIFIER_DEPS]
        if before:
            yield doc[before[0].left_edge.i : token.i + 1]


def _one_word_heads(rules: PhraseRules) -> frozenset[str]:
    return frozenset(w for group in rules.heads for w in group.words if " " not in w)
