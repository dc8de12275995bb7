"""Each token's head index and first character as plain lists, read once per doc.

``tok.head`` and ``doc[i]`` make a new Token at every read; a loop that climbs the tree
or compares offsets reads them many times per word. The readers here answer from two
lists taken from the doc's arrays, kept on its ``user_data`` (the parse is final once
mentions and facts are read: nothing after the pipeline changes heads or offsets).
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import DEP, HEAD, IDX, IS_PUNCT, IS_QUOTE, LEMMA, LOWER

_HEADS_KEY = "frontwatch_head_indices"
_STARTS_KEY = "frontwatch_token_chars"
_CHILDREN_KEY = "frontwatch_children_indices"
_LABELS_KEY = "frontwatch_dep_labels"
_LOWERS_KEY = "frontwatch_lower_forms"
_PUNCT_KEY = "frontwatch_is_punct"
_QUOTE_KEY = "frontwatch_is_quote"
_LEMMAS_KEY = "frontwatch_lemmas"


def head_indices(doc: Any) -> list[int]:
    """``[t.head.i for t in doc]``, read once per doc."""
    found: list[int] | None = doc.user_data.get(_HEADS_KEY)
    if found is None or len(found) != len(doc):
        relative = doc.to_array([HEAD]).reshape(-1).astype("int64")  # stored unsigned
        found = doc.user_data[_HEADS_KEY] = (numpy.arange(len(doc)) + relative).tolist()
    return found


def char_starts(doc: Any) -> list[int]:
    """``[t.idx for t in doc]``, read once per doc."""
    found: list[int] | None = doc.user_data.get(_STARTS_KEY)
    if found is None or len(found) != len(doc):
        found = doc.user_data[_STARTS_KEY] = doc.to_array([IDX]).reshape(-1).tolist()
    return found


def children_indices(doc: Any) -> list[list[int]]:
    """``[[c.i for c in t.children] for t in doc]`` (left children, then right, each in
    order), found once per doc from the heads."""
    found: list[list[int]] | None = doc.user_data.get(_CHILDREN_KEY)
    if found is None or len(found) != len(doc):
        found = [[] for _ in range(len(doc))]
        for i, head in enumerate(head_indices(doc)):
            if head != i:
                found[head].append(i)
        doc.user_data[_CHILDREN_KEY] = found
    return found


def labels_and_lowers(doc: Any) -> tuple[list[str], list[str]]:
    """``[t.dep_ for t in doc]`` and ``[t.lower_ for t in doc]``, each read once per doc."""
    return _strings_of(doc, DEP, _LABELS_KEY), lower_forms(doc)


def children_labelled(tok: Any, labels: frozenset[str]) -> list[Any]:
    """``[c for c in tok.children if c.dep_ in labels]``, read from the doc's lists: a
    Token made only of each child kept."""
    doc = tok.doc
    deps = _strings_of(doc, DEP, _LABELS_KEY)
    return [doc[c] for c in children_indices(doc)[tok.i] if deps[c] in labels]


def child_forms(tok: Any) -> list[str]:
    """``[c.lower_ for c in tok.children]``, read from the doc's lists (no Token made)."""
    lowers = lower_forms(tok.doc)
    return [lowers[c] for c in children_indices(tok.doc)[tok.i]]


def lower_forms(doc: Any) -> list[str]:
    """``[t.lower_ for t in doc]``, read once per doc (a word's form never changes)."""
    return _strings_of(doc, LOWER, _LOWERS_KEY)


def lemma_forms(doc: Any) -> list[str]:
    """``[t.lemma_ for t in doc]``, read once per doc (the lemmatizer has run by then)."""
    return _strings_of(doc, LEMMA, _LEMMAS_KEY)


def _strings_of(doc: Any, attr: int, key: str) -> list[str]:
    """The strings of one attribute of every token, read once per doc."""
    found: list[str] | None = doc.user_data.get(key)
    if found is None or len(found) != len(doc):
        strings = doc.vocab.strings
        found = doc.user_data[key] = [strings[h] for h in doc.to_array([attr]).reshape(-1).tolist()]
    return found


def punctuation_at(doc: Any) -> list[bool]:
    """``[t.is_punct for t in doc]``, read once per doc."""
    found: list[bool] | None = doc.user_data.get(_PUNCT_KEY)
    if found is None or len(found) != len(doc):
        found = doc.user_data[_PUNCT_KEY] = doc.to_array([IS_PUNCT]).reshape(-1).astype(bool).tolist()
    return found



def quote_marks(doc: Any) -> list[bool]:
    """``[t.is_quote for t in doc]``, read once per doc."""
    found: list[bool] | None = doc.user_data.get(_QUOTE_KEY)
    if found is None or len(found) != len(doc):
        found = doc.user_data[_QUOTE_KEY] = doc.to_array([IS_QUOTE]).reshape(-1).astype(bool).tolist()
    return found
