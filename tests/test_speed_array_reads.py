"""Readers that climb the tree or scan a sentence from the doc's lists instead of making a
Token per word (issue #16, twenty-sixth session) give the answers of the Token-by-Token way
they replace: the clause's verb (extract/clauses.py ``clause_head``, extract/relpairs.py
``verb_above``), a word's being the article's own (extract/voice.py ``own_words``,
``quoted``), the children of a word by label or form (nlp/treearrays.py
``children_labelled``, ``child_forms``: passives, questions, inverted clauses, deed hedges,
alternatives), a noun's postposed link (extract/postlinks.py ``linked_phrase``), the loss
nouns a statement mourns (extract/mournedlosses.py). Sentences written for these tests; the
sample articles and the tune split are compared whole (bench/replay_extraction.py)."""

from __future__ import annotations

from typing import Any

import pytest

from frontwatch.extract import mournedlosses
from frontwatch.extract.clauses import clause_head
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.passives import passive_clause
from frontwatch.extract.postlinks import linked_phrase
from frontwatch.extract.questions import asked
from frontwatch.extract.relpairs import verb_above
from frontwatch.extract.sides import CIVILIANS
from frontwatch.extract.voice import own_words, quoted
from frontwatch.nlp.treearrays import child_forms, children_labelled, quote_marks
from frontwatch.nlp.wordtest import tokens_passing
from frontwatch.records import Mention
from tests.extracted import extract

TEXTS = [
    'The ministry said: "We will not let the rebels take the town." Would the army hold it?',
    "Militias sponsored by Iran shelled the port, while fighters loyal to Damascus held the hills.",
    "\u201cOur forces are advancing,\u201d a spokesman for the Houthis said, adding that they had taken two villages.",
    "Formerly allied with al-Shabaab, the clan militia now fights beside Somali troops near Kismayo.",
    "We deplore the civilian casualties in Mariupol and mourn the deaths of civilians in Kharkiv.",
    "Including air support in support of the Kurds, the coalition kept striking, officials said.",
    "Two villages were taken by the militia, which is backed by Turkish jets, and the road was cut.",
]


@pytest.fixture(scope="module")
def docs(actor_nlp: Any) -> list[Any]:
    return [actor_nlp(text) for text in TEXTS]


def _old_clause_head(token: Any) -> Any:
    current = token
    while current.pos_ not in ("VERB", "AUX") and current.head.i != current.i:
        current = current.head
    return current


def _old_verb_above(tok: Any) -> Any:
    current = tok
    while (current.pos_ not in ("VERB", "AUX") or current.dep_ == "prep") and (
        current.head.i != current.i
    ):
        current = current.head
    return current


def _old_own_words(token: Any) -> bool:
    return not _old_quoted(token) and not any(t.text == "?" for t in token.sent)


def _old_quoted(token: Any) -> bool:
    return len([t for t in token.sent if t.i < token.i and t.is_quote]) % 2 == 1


def test_the_climbs_to_a_verb_find_the_same_word(docs: list[Any]) -> None:
    climbed = 0
    for doc in docs:
        for tok in doc:
            assert clause_head(tok).i == _old_clause_head(tok).i
            assert verb_above(tok).i == _old_verb_above(tok).i
            climbed += verb_above(tok).i != tok.i
    assert climbed > 20  # the climbs were taken, not only the verbs' own answers


def test_own_words_and_quotes_read_from_the_lists_as_from_the_tokens(docs: list[Any]) -> None:
    answers = [(own_words(t), quoted(t)) for doc in docs for t in doc]
    assert answers == [(_old_own_words(t), _old_quoted(t)) for doc in docs for t in doc]
    assert {a for a, _ in answers} == {True, False} and {q for _, q in answers} == {True, False}
    assert quote_marks(docs[2]) == [t.is_quote for t in docs[2]]


@pytest.mark.parametrize(
    "labels", [frozenset({"nsubjpass", "auxpass"}), frozenset({"acl"}), frozenset({"advcl", "conj"}), frozenset()]
)
def test_children_by_label_and_form_are_the_token_children(docs: list[Any], labels: frozenset[str]) -> None:
    kept = 0
    for doc in docs:
        for tok in doc:
            found = [c.i for c in children_labelled(tok, labels)]
            assert found == [c.i for c in tok.children if c.dep_ in labels]
            assert child_forms(tok) == [c.lower_ for c in tok.children]
            kept += len(found)
    assert kept > 0 or not labels


def test_passives_and_questions_answer_as_from_the_tokens(docs: list[Any], actor_nlp: Any) -> None:
    extra = [actor_nlp(t) for t in ("The town was taken by the rebels on Monday.", "Did Iran arm the Houthis?")]
    answers = []
    for doc in [*docs, *extra]:
        for tok in doc:
            answers.append(passive_clause(tok))
            old = any(c.dep_ == "nsubjpass" or (c.dep_ == "auxpass" and not c.ent_type_) for c in tok.children)
            assert answers[-1] == old
            if not any(c.text == "?" for c in tok.children):
                assert not asked(tok)
    assert any(answers) and any(asked(t) for t in extra[1])


def test_a_postposed_link_is_read_as_before(docs: list[Any]) -> None:
    doc = docs[1]
    iran = next(t for t in doc if t.text == "Iran")
    damascus = next(t for t in doc if t.text == "Damascus")
    actor_at = {
        t.i: Mention("a", 0, t.idx, t.idx + len(t.text), t.text, "ACTOR", actor_id=t.text.upper())
        for t in (iran, damascus)
    }
    militias = next(t for t in doc if t.text == "Militias")
    fighters = next(t for t in doc if t.text == "fighters")
    found = linked_phrase(militias, actor_at)
    assert found is not None and found[0] == "Iran-sponsored Militias" and found[1].i == iran.i
    found = linked_phrase(fighters, actor_at)
    assert found is not None and found[0] == "Damascus-loyal fighters" and found[1].i == damascus.i
    # a tie said past is no link ("formerly allied with"), and a word with no link has none
    assert all(linked_phrase(t, actor_at) is None for t in docs[3]) and linked_phrase(iran, actor_at) is None


def test_only_loss_nouns_are_made_for_the_mourning_reader(docs: list[Any]) -> None:
    nouns = get_lexicon().events["mourned_losses"]["loss_nouns"]
    for doc in docs:
        passing = [t.i for t in tokens_passing(doc[:], mournedlosses._loss_word)]
        assert passing == [t.i for t in doc if lemma_of(t) in nouns]
    assert len(list(tokens_passing(docs[4][:], mournedlosses._loss_word))) == 2


@pytest.mark.parametrize(
    "text",
    [
        "We deplore the civilian casualties in Mariupol, the ministry said in a statement.",
        "The council condemned the loss of civilian life in Kharkiv after the shelling.",
        "The embassy offered condolences for the deaths of civilians in Aleppo.",
    ],
)
def test_a_mourned_loss_is_still_an_attack_on_civilians(text: str) -> None:
    events = [e for e in extract(text).events if e.type == "ASSAULT"]
    assert any(e.target_actor == CIVILIANS and e.place_text for e in events)


def test_a_loss_not_mourned_is_no_attack() -> None:
    text = "The army said it took care to avoid civilian casualties in Mariupol."
    assert not [e for e in extract(text).events if e.target_actor == CIVILIANS and e.type == "ASSAULT"]
