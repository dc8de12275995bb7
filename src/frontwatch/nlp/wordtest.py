"""The tokens of a sentence whose words pass a test, without making a Token of every word.

A cue scan asks of every token whether its lower-case form or lemma is a cue word; most
are not. Reading both as string ids from one array per doc, and the test's answer per
pair of ids from a memo, makes a Token only of the few that pass (same tokens, same order).
The answers for a whole doc are one boolean array, found once per doc and test.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator
from typing import Any, cast

import numpy
from spacy.attrs import DEP, LEMMA, LOWER

from frontwatch.nlp.batched import distinct_rows

WordTest = Callable[[str, str], bool]  # (lower-case form, lemma) -> passes

_TABLE_KEY = "frontwatch_lower_lemma"
_INDEX_KEY = "frontwatch_passing_indices"
_DEP_KEY = "frontwatch_dep"
_MEMO_SIZE = 50_000  # answers kept per test (a news sample has some 15,000 distinct pairs)
_answers: dict[WordTest, dict[tuple[int, int], bool]] = {}


def tokens_passing(sent: Any, test: WordTest) -> Iterator[Any]:
    """The tokens of ``sent`` (a span of a parsed doc) for which ``test(lower_, lemma_)``."""
    doc = sent.doc
    key = (_INDEX_KEY, test)
    indices = doc.user_data.get(key)
    if indices is None:  # the doc's passing tokens, found once: a sentence takes its share
        indices = doc.user_data[key] = numpy.flatnonzero(words_passing(doc, test)).tolist()
    for i in indices[bisect_left(indices, sent.start) : bisect_left(indices, sent.end)]:
        yield doc[i]


def words_passing(doc: Any, test: WordTest) -> Any:
    """Whether each token of the doc passes the test (a boolean array), found once per doc
    and test: the test is asked once per distinct pair of ids (the doc's annotation is
    final once extraction reads it)."""
    key = (_TABLE_KEY, test)
    passing = doc.user_data.get(key)
    if passing is None:
        pairs, inverse = _distinct_words(doc)
        passing = doc.user_data[key] = _answers_for(doc.vocab.strings, test, pairs)[inverse]
    return passing


def _distinct_words(doc: Any) -> tuple[list[Any], Any]:
    """The doc's distinct (lower-case form, lemma) pairs and each token's pair, found once
    per doc for all the tests asked of it."""
    found = doc.user_data.get(_TABLE_KEY)
    if found is None:
        pairs, _first, inverse = distinct_rows(doc.to_array([LOWER, LEMMA]).reshape(len(doc), 2))
        found = doc.user_data[_TABLE_KEY] = (pairs, inverse)
    return cast(tuple[list[Any], Any], found)


def _answers_for(strings: Any, test: WordTest, pairs: list[tuple[int, int]]) -> Any:
    """The test's answer for each pair (a boolean array): from the test's memo, asking the
    test only of pairs it has not met (looked up in one pass: a doc has some thousand
    pairs, and a call per pair was most of a scan's cost)."""
    memo = _answers.get(test)
    if memo is None or len(memo) > _MEMO_SIZE:
        memo = _answers[test] = {}
    found = list(map(memo.get, pairs))
    if None in found:
        for index, answer in enumerate(found):
            if answer is None:
                lower, lemma = pair = pairs[index]
                found[index] = memo[pair] = test(strings[lower], strings[lemma])
    return numpy.array(found, dtype=bool)


def dependency_is(doc: Any, label: str) -> Any:
    """Whether each token of the doc hangs on its head by ``label`` (a boolean array),
    found once per doc and label."""
    key = (_DEP_KEY, label)
    found = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = doc.to_array(DEP) == doc.vocab.strings.add(label)
    return found

