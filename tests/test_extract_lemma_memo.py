"""lemma_of reads a doc's mended lemmas from one list found at its first ask
(extract/lexicon.py): the same answer as reading the token's own forms, for every word,
the irregular past forms the lemmatizer leaves alone among them. Sentences written for
these tests."""

from __future__ import annotations

from typing import Any

import pytest

from frontwatch.extract import lexicon
from frontwatch.extract.lexicon import lemma_of, lemma_of_words
from frontwatch.nlp import treearrays

TEXTS = [
    "Government troops retook the town on Tuesday after rebels had overrun it in March.",
    "The militia resupplied its fighters and reentered the district, waging a new offensive.",
    "Kurdish forces, backed by coalition jets, were shelling positions held by the group.",
]


@pytest.mark.parametrize("text", TEXTS, ids=[t[:30] for t in TEXTS])
def test_every_word_reads_as_its_own_forms_say(engine: Any, text: str) -> None:
    doc = engine.parse([text])[0]
    read = [lemma_of(tok) for tok in doc]
    assert read == [lemma_of_words(tok.lower_, tok.lemma_) for tok in doc]
    assert read == [lemma_of(tok) for tok in reversed(list(doc))][::-1]  # asked again


def test_irregular_past_forms_are_mended(engine: Any) -> None:
    doc = engine.parse([TEXTS[0] + " " + TEXTS[1]])[0]
    mended = {tok.lower_: lemma_of(tok) for tok in doc}
    assert mended["retook"] == "retake" and mended["overrun"] == "overrun"
    assert mended["resupplied"] == "resupply" and mended["reentered"] == "reenter"
    assert mended["waging"] == "wage" and mended["troops"] == "troop"


def test_the_forms_are_read_once_per_doc(engine: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = engine.parse(TEXTS)
    read: list[int] = []
    forms = treearrays.lemma_forms

    def counted(doc: Any) -> list[str]:
        read.append(len(doc))
        return forms(doc)

    monkeypatch.setattr(lexicon, "lemma_forms", counted)
    for _ in range(3):
        for doc in docs:
            for tok in doc:
                lemma_of(tok)
    assert read == [len(doc) for doc in docs]  # one read per doc, of its whole length
