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

from frontwatch.kb.actors.phrases import PhraseRules

_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})  # where a noun stands
_MODIFIER_DEPS = frozenset({"compound", "amod", "det", "nummod", "poss"})  # words before a head
_VERB_TAGS = frozenset({"VBZ", "VBP"})


def verb_read_chunks(doc: Any, rules: PhraseRules) -> Iterator[Any]:
    """Spans of the doc that are an actor phrase whose head was tagged as a verb."""
    heads = _one_word_heads(rules)  # the instruments ("jets", "airstrikes") are among them
    for token in doc:
        if token.tag_ not in _VERB_TAGS or token.dep_ not in _NOUN_DEPS:
            continue
        if token.lower_ not in heads:
            continue
        before = [c for c in token.lefts if c.dep_ in _MODIFIER_DEPS]
        if before:
            yield doc[before[0].left_edge.i : token.i + 1]


def _one_word_heads(rules: PhraseRules) -> frozenset[str]:
    return frozenset(w for group in rules.heads for w in group.words if " " not in w)
