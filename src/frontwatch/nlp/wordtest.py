"""The tokens of a sentence whose words pass a test, without making a Token of every word.

A cue scan asks of every token whether its lower-case form or lemma is a cue word; most
are not. Reading both as string ids from one array per doc, and the test's answer per
pair of ids from a memo, makes a Token only of the few that pass (same tokens, same order).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from spacy.attrs import LEMMA, LOWER

WordTest = Callable[[str, str], bool]  # (lower-case form, lemma) -> passes

_TABLE_KEY = "frontwatch_lower_lemma"
_MEMO_SIZE = 200_000
_answers: dict[tuple[WordTest, int, int], bool] = {}


def tokens_passing(sent: Any, test: WordTest) -> Iterator[Any]:
    """The tokens of ``sent`` (a span of a parsed doc) for which ``test(lower_, lemma_)``."""
    doc = sent.doc
    table = doc.user_data.get(_TABLE_KEY)
    if table is None:  # the doc's annotation is final once extraction reads it
        table = doc.user_data[_TABLE_KEY] = doc.to_array([LOWER, LEMMA]).tolist()
    strings = doc.vocab.strings
    for i in range(sent.start, sent.end):
        lower, lemma = table[i]
        key = (test, lower, lemma)
        passes = _answers.get(key)
        if passes is None:
            if len(_answers) > _MEMO_SIZE:
                _answers.clear()
            passes = _answers[key] = test(strings[lower], strings[lemma])
        if passes:
            yield doc[i]
