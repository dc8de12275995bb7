"""A disputing verb over a clause asked as a question ("questioned whether X took T",
"doubt if ...") asks, it does not dispute a claim: the marks are cues.yaml's
``question_marks``; a clause told ("doubted that X took T") or a report ("questioned reports
that ...") is disputed. The parses are built by hand: the model mostly reads "if" after these
verbs as an adverbial clause, so a question clause with "if" is made up to test the list."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

from frontwatch.extract.hearsay import disputed
from frontwatch.extract.lexicon import get_lexicon

_VOCAB = spacy.blank("en").vocab  # lexical attributes ("lower_") without a model


def _parse(words: list[str], heads: list[int], deps: list[str], lemmas: list[str]) -> Any:
    return Doc(_VOCAB, words=words, heads=heads, deps=deps, lemmas=lemmas)


def _clause_under(verb_lemma: str, mark: str) -> tuple[Any, Any]:
    """ "Villagers <verb> <mark> the militia burned the market": the verb and its clause."""
    doc = _parse(
        ["Villagers", verb_lemma, mark, "the", "militia", "burned", "the", "market"],
        [1, 1, 5, 4, 5, 1, 7, 5],
        ["nsubj", "ROOT", "mark", "det", "nsubj", "ccomp", "det", "dobj"],
        ["villager", verb_lemma, mark, "the", "militia", "burn", "the", "market"],
    )
    return doc[1], doc[5]


def test_the_marks_of_a_question_are_data() -> None:
    assert {"whether", "if"} <= get_lexicon().certainty("question_marks")


@pytest.mark.parametrize(
    ("verb", "mark"), [("question", "whether"), ("question", "if"), ("doubt", "if")]
)
def test_a_clause_asked_is_not_disputed(verb: str, mark: str) -> None:
    assert not disputed(*_clause_under(verb, mark))


@pytest.mark.parametrize("verb", ["doubt", "question", "dispute"])
def test_a_clause_told_is_disputed(verb: str) -> None:
    assert disputed(*_clause_under(verb, "that"))


def test_a_clause_told_under_a_verb_that_does_not_dispute_is_not_disputed() -> None:
    assert not disputed(*_clause_under("report", "that"))
