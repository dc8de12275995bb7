"""Lemmas from a memo table instead of spaCy's per-token rule lemmatizer.

spaCy's rule lemmatizer already caches by (word, part of speech, morphology), but it
still walks every token in Python. The same few thousand keys cover nearly all of
news text, so this component reads the keys of a whole batch of docs as one array,
looks up each distinct key once and writes the lemmas back as one array per doc; only
unseen keys go to the original lemmatizer. The lemmas are the same; the per-token
Python work is not.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.tokens import Doc

from frontwatch.nlp.batched import BatchedComponent, BatchTable, distinct_rows

NAME = "frontwatch_lemmas"
_MEMO_SIZE = 500_000
_KEY = (ORTH, POS, MORPH)


class MemoLemmatizer(BatchedComponent):
    """Sets ``token.lemma`` as spaCy's rule lemmatizer would, through a memo table."""

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self.memo: dict[tuple[int, ...], int] = {}
        index_as_sets(lemmatizer)

    def annotate(self, docs: Sequence[Doc]) -> None:
        table = BatchTable.read(docs, [*_KEY, LEMMA])
        if not table.docs:
            return
        keys, first, inverse = distinct_rows(table.rows[:, :3])
        found = numpy.array([self._lemma(key, table, int(row)) for key, row in zip(keys, first)],
                            dtype="uint64")
        # a lemma set earlier (the attribute ruler's "has" -> "have") is kept, as spaCy does
        preset = table.rows[:, 3]
        lemmas = numpy.where(preset != 0, preset, found[inverse])
        table.write([LEMMA], lemmas.reshape(-1, 1))

    def _lemma(self, key: tuple[int, ...], table: BatchTable, row: int) -> int:
        lemma = self.memo.get(key)
        if lemma is None:
            token = table.token(row)
            lemma = int(token.doc.vocab.strings.add(self.lemmatizer.lemmatize(token)[0]))
            if len(self.memo) > _MEMO_SIZE:
                self.memo.clear()
            self.memo[key] = lemma
        return lemma


def index_as_sets(lemmatizer: Any) -> None:
    """Make the rule lemmatizer's word index sets. The model ships each part of speech's
    index as a list (57,000 nouns), and the lemmatizer tests every candidate form for
    membership in it: a scan of the list each time, about 0.3 ms per unseen word. It
    only ever tests membership, so a set gives the same lemmas."""
    if getattr(lemmatizer, "mode", "") != "rule" or "lemma_index" not in lemmatizer.lookups.tables:
        return
    index = lemmatizer.lookups.get_table("lemma_index")
    for pos, words in list(index.items()):
        if isinstance(words, list):
            index[pos] = frozenset(words)


@Language.factory(NAME)
def make_memo_lemmatizer(nlp: Language, name: str) -> MemoLemmatizer:
    return MemoLemmatizer(nlp.get_pipe("lemmatizer"))
