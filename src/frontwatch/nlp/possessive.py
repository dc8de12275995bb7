"""Split possessives whose apostrophe a feed stripped: "Aleppos" -> "Aleppo" + "s".

Some feeds drop apostrophes ("Syrias army", "Russias air force"), which hides known
names from the entity ruler and the NER. The split happens in the tokenizer, so
every later component sees clean tokens (no annotation is carried over), and the
text and its character offsets are unchanged. A token is split only when its stem
is the last word of a known name and the token itself does not end a known name
("Forces" stays whole).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Protocol

import numpy
from spacy.attrs import LOWER, ORTH, SPACY
from spacy.tokens import Doc

if TYPE_CHECKING:
    from spacy.vocab import Vocab

MIN_STEM = 4
SHORT_DOC = 8  # tokens: up to this many, a set lookup per token beats numpy's fixed cost
DEMONYM_LABEL = "NORP"  # the ruler's label of a people's name (kb/actors/patterns.py)


class Tokenizer(Protocol):
    """What is used of spaCy's tokenizer (a compiled class with no type stub)."""

    @property
    def vocab(self) -> Vocab: ...

    def __call__(self, text: str) -> Doc: ...


class GluedPossessiveTokenizer:
    """Wraps a spaCy tokenizer; splits glued possessives of known names."""

    def __init__(self, tokenizer: Tokenizer, stems: Iterable[str], words: Iterable[str]) -> None:
        self.tokenizer = tokenizer
        self.stems = frozenset(stems)
        self.words = frozenset(words)
        # lower-case glued forms as string hashes: one array lookup per doc finds them
        strings = tokenizer.vocab.strings
        self.glued_forms = frozenset(
            strings.add(stem + "s")
            for stem in self.stems
            if len(stem) + 1 > MIN_STEM and stem + "s" not in self.words
        )
        self.glued_array = numpy.array(sorted(self.glued_forms), dtype="uint64")

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        glued = {i for i in self._candidates(doc) if self._is_glued(doc[i].text)}
        if not glued:
            return doc
        return Doc(doc.vocab, *_split_words(doc, glued))

    def _candidates(self, doc: Doc) -> list[int]:
        """Tokens whose lower-case form is a glued form: a binary search per token in
        numpy; a doc of a few tokens (each of the ruler's ~43,000 patterns goes through
        the tokenizer at start-up) looks its tokens up in the set instead, as numpy's
        calls cost more than the search there (the same tokens either way)."""
        if not len(doc) or not len(self.glued_array):
            return []
        if len(doc) <= SHORT_DOC:
            return [i for i, token in enumerate(doc) if token.lower in self.glued_forms]
        lowers = doc.to_array(LOWER)
        at = numpy.searchsorted(self.glued_array, lowers).clip(max=len(self.glued_array) - 1)
        return numpy.flatnonzero(self.glued_array[at] == lowers).tolist()

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterable[Doc]:
        for text in texts:
            yield self(text)

    def _is_glued(self, text: str) -> bool:
        lower = text.lower()
        return (
            len(lower) > MIN_STEM
            and text[0].isupper()
            and lower.endswith("s")
            and lower not in self.words
            and lower[:-1] in self.stems
        )


def _split_words(doc: Doc, glued: set[int]) -> tuple[list[str], list[bool]]:
    """The doc's words and spaces with each glued token cut before its final "s"; read
    from arrays of string ids, not a Token made per word (most articles have a glued
    "Syrias" somewhere, and every one of their tokens went through Python)."""
    strings = doc.vocab.strings
    orths_spaces = doc.to_array([ORTH, SPACY]).tolist()
    words = [strings[orth] for orth, _space in orths_spaces]
    spaces = [bool(space) for _orth, space in orths_spaces]
    for i in sorted(glued, reverse=True):  # from the end: earlier indices stay valid
        words[i : i + 1] = [words[i][:-1], words[i][-1]]
        spaces[i : i + 1] = [False, spaces[i]]
    return words, spaces


def name_stems(patterns: Iterable[dict[str, Any]]) -> tuple[list[str], list[str]]:
    """Last words of known names: as stems to split off, and as words to keep whole.

    Only last words are kept whole: "Forces" ends "Syrian Democratic Forces", while
    "Syrias" in a pattern like "Syrias opposition" is itself a glued possessive. A people's
    name is no stem: "Syrians" are Syrian people, read whole.
    """
    last_words: set[str] = set()
    demonyms: set[str] = set()
    for pattern in patterns:
        text = pattern.get("pattern")
        if isinstance(text, str) and text.split():
            last_words.add(text.lower().split()[-1])
            if pattern.get("label") == DEMONYM_LABEL and len(text.split()) == 1:
                demonyms.add(text.lower())
    # a people's name and "s" is its plural ("Syrians", "Iraqis"), not a glued possessive
    stems = {w for w in last_words if len(w) >= MIN_STEM and w.isalpha() and w not in demonyms}
    return sorted(stems), sorted(last_words)
