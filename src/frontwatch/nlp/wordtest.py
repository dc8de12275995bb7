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
from spacy import symbols
from spacy.attrs import DEP, IDX, LEMMA, LOWER, POS, TAG

from frontwatch.nlp.batched import distinct_rows

WordTest = Callable[[str, str], bool]  # (lower-case form, lemma) -> passes

_TABLE_KEY = "frontwatch_lower_lemma"
_INDEX_KEY = "frontwatch_passing_indices"
_DEP_KEY = "frontwatch_dep"
_POS_KEY = "frontwatch_pos"
_TAG_KEY = "frontwatch_tag"
_MEMO_SIZE = 200_000  # pairs numbered before the memo starts afresh


class _Memo:
    """Every (lower-case form, lemma) pair of ids met, numbered, with its two strings, and
    each test's answer per number (-1: not asked yet): a doc's answers to a test are one
    array look-up, the test asked only of pairs it has not met, and a pair's strings are
    read from the vocabulary once, not once per test. Past ``_MEMO_SIZE`` pairs it starts
    afresh (a new generation: numbers a doc kept from before are found again)."""

    def __init__(self) -> None:
        self.numbers: dict[tuple[int, ...], int] = {}
        self.words: list[tuple[str, str]] = []  # by number: the pair's two strings
        self.answers: dict[WordTest, Any] = {}
        self.generation = 0

    def number(self, pairs: list[tuple[int, ...]], strings: Any) -> Any:
        if len(self.numbers) + len(pairs) > _MEMO_SIZE:
            self.numbers, self.words, self.answers = {}, [], {}
            self.generation += 1
        numbers, words = self.numbers, self.words
        found = []
        for pair in pairs:
            number = numbers.get(pair)
            if number is None:
                number = numbers[pair] = len(words)
                words.append((strings[pair[0]], strings[pair[1]]))
            found.append(number)
        return numpy.array(found, dtype=numpy.intp)

    def answers_for(self, test: WordTest, numbers: Any) -> Any:
        """The test's answer (a boolean array) for each of a doc's pairs, by number."""
        table = self.answers.get(test)
        if table is None or len(table) < len(self.numbers):
            table = self.answers[test] = _grown(table, len(self.numbers))
        found = table[numbers]
        unasked = numpy.flatnonzero(found < 0)
        if len(unasked):
            asked = numbers[unasked]
            words = self.words
            answers = [test(*words[number]) for number in asked.tolist()]
            found[unasked] = answers
            table[asked] = answers
        return found.astype(bool)


_MEMO = _Memo()


def _grown(table: Any | None, size: int) -> Any:
    """An answer table with room for ``size`` numbers (doubled, so it grows seldom)."""
    old = 0 if table is None else len(table)
    grown = numpy.full(max(size, 2 * old), -1, dtype=numpy.int8)
    if table is not None:
        grown[:old] = table
    return grown


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
        _pairs, inverse, numbers = _distinct_words(doc)
        answers = _MEMO.answers_for(test, numbers)
        passing = doc.user_data[key] = answers[inverse]
    return passing


def _distinct_words(doc: Any) -> tuple[list[Any], Any, Any]:
    """The doc's distinct (lower-case form, lemma) pairs, each token's pair and each pair's
    number in the memo, found once per doc for all the tests asked of it."""
    found = doc.user_data.get(_TABLE_KEY)
    if found is None:
        pairs, _first, inverse = distinct_rows(doc.to_array([LOWER, LEMMA]).reshape(len(doc), 2))
        found = (pairs, inverse, _MEMO.number(pairs, doc.vocab.strings), _MEMO.generation)
    elif found[3] != _MEMO.generation:
        found = (found[0], found[1], _MEMO.number(found[0], doc.vocab.strings), _MEMO.generation)
    doc.user_data[_TABLE_KEY] = found
    return cast(tuple[list[Any], Any, Any], found[:3])


def dependency_is(doc: Any, label: str) -> Any:
    """Whether each token of the doc hangs on its head by ``label`` (a boolean array),
    found once per doc and label."""
    key = (_DEP_KEY, label)
    found = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = doc.to_array(DEP) == doc.vocab.strings.add(label)
    return found


def part_of_speech_in(doc: Any, labels: tuple[str, ...]) -> Any:
    """Whether each token's coarse part of speech (``pos_``) is one of ``labels`` (a
    boolean array), found once per doc and labels."""
    key = (_POS_KEY, labels)
    found = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = equal_to_any(
            doc.to_array(POS), [symbols.IDS[label] for label in labels]
        )
    return found


def equal_to_any(values: Any, wanted: list[int]) -> Any:
    """``numpy.isin(values, wanted)`` for a few wanted ids (the ids ``to_array(POS)`` gives):
    one comparison per id. ``isin`` builds a look-up table first, some ten times the cost
    of comparing a doc's column with two ids, and it was asked three times per article."""
    found = numpy.zeros(values.shape, dtype=bool)
    for value in wanted:
        found |= values == value
    return found


def tag_is(doc: Any, tag: str) -> Any:
    """Whether each token's fine-grained tag (``tag_``) is ``tag`` (a boolean array), found
    once per doc and tag."""
    key = (_TAG_KEY, tag)
    found = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = doc.to_array(TAG) == doc.vocab.strings.add(tag)
    return found


def flagged_before(flags: Any) -> list[int]:
    """How many tokens before each position are flagged (a boolean array; one count more
    than tokens): :func:`any_flagged` then answers for a span with two list reads, where
    ``flags[span.start : span.end].any()`` made a numpy view and a reduction per span."""
    return [0, *numpy.cumsum(flags, dtype=numpy.int64).tolist()]


def any_flagged(before: list[int], span: Any) -> bool:
    """Whether any token of ``span`` (a sentence or span of the doc) is flagged, from
    ``flagged_before(flags)``."""
    start: int = span.start
    end: int = span.end
    return before[end] > before[start]


def starts_of_tokens_passing(doc: Any, test: WordTest) -> list[int]:
    """The character offsets (``idx``) of the doc's tokens that pass ``test``, in order."""
    if not len(doc):
        return []
    return cast(list[int], doc.to_array(IDX)[words_passing(doc, test)].tolist())


def token_starts(doc: Any) -> dict[int, int]:
    """Each token's index by the character offset it starts at (``{t.idx: t.i}``), read
    from one array instead of a Token made per word."""
    return dict(zip(doc.to_array(IDX).tolist(), range(len(doc)), strict=True))
