"""Lemmas from a memo table instead of spaCy's per-token rule lemmatizer.

spaCy's rule lemmatizer already caches by (word, part of speech, morphology), but it
still walks every token in Python. The same few thousand keys cover nearly all of
news text, so this component reads the keys of a whole doc as one array, looks each
up in a dict and writes the lemmas back as one array; only unseen keys go to the
original lemmatizer. The lemmas are the same; the per-token Python work is not.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.tokens import Doc

NAME = "frontwatch_lemmas"
_MEMO_SIZE = 500_000


class MemoLemmatizer:
    """Sets ``token.lemma`` as spaCy's rule lemmatizer would, through a memo table."""

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self.memo: dict[tuple[int, int, int], int] = {}

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        keys = doc.to_array([ORTH, POS, MORPH])
        lemmas = doc.to_array([LEMMA])
        memo = self.memo
        for i, key in enumerate(map(tuple, keys.tolist())):
            if lemmas[i]:
                continue  # set earlier (the attribute ruler's "has" -> "have"), kept as spaCy does
            lemma = memo.get(key)
            if lemma is None:
                lemma = self._lemma_of(doc[i])
                if len(memo) > _MEMO_SIZE:
                    memo.clear()
                memo[key] = lemma
            lemmas[i] = lemma
        # spaCy's stub types to_array as float64 and from_array as thinc's Ints2d; the
        # array is to_array's own uint64 one
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))  # type: ignore[arg-type]
        return doc

    def _lemma_of(self, token: Any) -> int:
        lemma = self.lemmatizer.lemmatize(token)[0]
        return int(token.doc.vocab.strings.add(lemma))


@Language.factory(NAME)
def make_memo_lemmatizer(nlp: Language, name: str) -> MemoLemmatizer:
    return MemoLemmatizer(nlp.get_pipe("lemmatizer"))
