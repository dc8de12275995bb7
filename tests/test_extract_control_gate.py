"""The control cue gate (control.observed_words) skips only tokens that head no cue.

``control._observations`` hands ``observations_at`` only tokens whose lemma or form is a
word of the control cue lists. With the gate opened to every token, each token the gate
would refuse must yield nothing, and the control changes must be the same, over
phrasings of every control cue written for this test and over sample articles.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from typing import Any

import pytest
from open_gate import EveryWord

from frontwatch.extract import control
from frontwatch.extract.lexicon import lemma_of
from frontwatch.pipeline import process_texts
from frontwatch.runner import sample_corpus_path

PUBLISHED = dt.date(2017, 3, 2)

# captures, entries, handovers, clearing, falls, withdrawals (one phrasal), holding verbs,
# flags, freed towns, capture and victory nouns, "-held", "under X control", pockets
OWN_PHRASINGS = [
    "Government troops captured Palmyra and entered al-Bab on Tuesday.",
    "The militants handed over Manbij to the Syrian army after rebels cleared Jarablus.",
    "Raqqa fell to the Syrian Democratic Forces, and ISIS pulled out of Tabqa.",
    "The Kurdish YPG still holds Kobani, where fighters raised their flag over the hill.",
    "Aleppo is now free, the army said, after the seizure of Deir ez-Zor.",
    "After their victory in Mosul, Iraqi forces moved on the rebel-held town of Tal Afar.",
    "Douma remains under rebel control, the last pocket of resistance near Damascus.",
    "Islamic State withdrew from Dabiq as Turkish-backed rebels stormed the village.",
]


def _sample_texts(count: int) -> list[str]:
    with open(sample_corpus_path(), encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in itertools.islice(lines, count)]


def _changes(texts: list[str]) -> list[list[Any]]:
    return [r.control_changes for r in process_texts(texts, dates=[PUBLISHED] * len(texts))]


@pytest.mark.parametrize("texts", [OWN_PHRASINGS, _sample_texts(12)], ids=["own", "sample"])
def test_refused_tokens_head_no_control_cue(
    texts: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    gated = _changes(texts)
    heads = control.observed_words()
    real_observations_at = control.observations_at
    seen = {"refused": 0, "passed": 0}
    missed: list[tuple[str, str]] = []

    def checked(tok: Any, lemma: str, ctx: Any) -> Any:
        found = list(real_observations_at(tok, lemma, ctx))
        if lemma_of(tok) in heads or tok.lower_ in heads:
            seen["passed"] += 1
        else:
            seen["refused"] += 1
            missed.extend((tok.text, tok.sent.text) for _ in found)
        return iter(found)

    monkeypatch.setattr(control, "observed_words", EveryWord)
    monkeypatch.setattr(control, "observations_at", checked)
    assert _changes(texts) == gated
    assert missed == []
    assert seen["refused"] > 5 * seen["passed"]  # most tokens of news are no control cue
    assert sum(len(found) for found in gated) >= (8 if texts is OWN_PHRASINGS else 1)


def test_gate_words_come_from_every_cue_list() -> None:
    heads = control.observed_words()
    for key in control.OBSERVED_KEYS:
        for entry in control.control_words(key):
            # a phrase's cue hangs on its first word: "pull out" on "pull"
            assert entry.split()[0] in heads, (key, entry)
    assert "control" in heads and "the" not in heads and "town" not in heads
    assert "out" not in heads  # the particle of "pull out" heads no cue
