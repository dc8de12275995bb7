"""Lemmas from a memo table instead of spaCy's per-token rule lemmatizer.

spaCy's rule lemmatizer already caches by (word, part of speech, morphology), but it
still walks every token in Python. The same few thousand keys cover nearly all of
news text, so this component reads the keys of a whole batch of docs as one array,
looks up each distinct key once and writes the lemmas back as one array per doc; only
unseen keys go to the rule (``rule_lemma``: spaCy's tables and rules, with one order of
candidate forms whatever the spaCy release). The lemmas are the same; the per-token
Python work is not.
"""

# No postponed annotations here: spaCy 3.8.7's config system (confection 0.1) reads the
# factory's annotations as types, and a string one fails to resolve.
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
        found = numpy.array([self._lemma(key, table, int(row)) for key, row in zip(keys, first, strict=True)],
                            dtype="uint64")
        # a lemma set earlier (the attribute ruler's "has" -> "have") is kept, as spaCy does
        preset = table.rows[:, 3]
        lemmas = numpy.where(preset != 0, preset, found[inverse])
        table.write([LEMMA], lemmas.reshape(-1, 1))

    def _lemma(self, key: tuple[int, ...], table: BatchTable, row: int) -> int:
        lemma = self.memo.get(key)
        if lemma is None:
            token = table.token(row)
            lemma = int(token.doc.vocab.strings.add(rule_lemma(self.lemmatizer, token)))
            if len(self.memo) > _MEMO_SIZE:
                self.memo.clear()
            self.memo[key] = lemma
        return lemma


def rule_lemma(lemmatizer: Any, token: Any) -> str:
    """The lemma of spaCy's rule lemmatizer (its tables, base-form test and rules), with
    the candidates ordered as spaCy 3.8.8 and later order them, whichever release is
    installed: a form the word index holds comes first, the last rule's first. spaCy
    3.8.7 kept rule order ("routed" -> "route", where 3.8.8 gives "rout"); the
    extraction lexicons are keyed on the lemmas this gives, so they must not move with
    the spaCy release (``pyproject.toml`` keeps 3.8.7 for its faster parser)."""
    if getattr(lemmatizer, "mode", "") != "rule":
        return str(lemmatizer.lemmatize(token)[0])
    word, pos = token.text, token.pos_.lower()
    if pos in ("", "eol", "space") or lemmatizer.is_base_form(token):
        return str(word.lower())
    tables = [lemmatizer.lookups.get_table(name, {}).get(pos, {})
              for name in ("lemma_index", "lemma_exc", "lemma_rules")]
    index, exceptions, rules = tables
    if not any(tables):
        return str(word if pos == "propn" else word.lower())
    forms, unknown = _rule_forms(word.lower(), index, rules)
    for form in exceptions.get(word.lower(), []):
        if form not in forms:
            forms.insert(0, form)
    return str((forms or unknown or [word])[0])


def _rule_forms(word: str, index: Any, rules: Any) -> tuple[list[str], list[str]]:
    """The suffix rules' forms of a lower-case word: those in the index (last rule's
    first) or not alphabetic, and apart, the alphabetic forms the index lacks."""
    forms: list[str] = []
    unknown: list[str] = []
    for old, new in rules:
        if not word.endswith(old):
            continue
        form = word[: len(word) - len(old)] + new
        if not form:
            continue
        if form in index:
            forms.insert(0, form)
        elif not form.isalpha():
            forms.append(form)
        else:
            unknown.append(form)
    return list(dict.fromkeys(forms)), unknown


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
