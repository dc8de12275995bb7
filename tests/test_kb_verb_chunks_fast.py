"""Actor phrases whose head was tagged a verb (kb/actors/verbchunks.py) are found from the
doc's lists: the same spans as a scan of every Token. Sentences written for this test."""

from __future__ import annotations

from typing import Any

from frontwatch.kb.actors.verbchunks import verb_read_chunks

TEXTS = [
    "Coalition airstrikes on IS positions helped the Kurdish fighters advance.",
    "The militants fled after heavy US airstrikes near the dam.",  # "airstrikes" tagged VBZ
    "The town fell with the help of Russian airstrikes.",
    "Heavy U.S.-led coalition strikes pounded the district; Iranian-backed militia attacks continue.",
    "Government jets bombs the market, residents said, as rebel shells hits the port.",
]


def _scanned(doc: Any, heads: frozenset[str]) -> list[tuple[int, int]]:
    """The spans a Token-by-Token reading finds (the test the function makes, word by word)."""
    found = []
    for token in doc:
        if token.tag_ in ("VBZ", "VBP") and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
            before = [c for c in token.lefts if c.dep_ in ("compound", "amod", "det", "nummod", "poss")]
            if token.lower_ in heads and before:
                found.append((before[0].left_edge.i, token.i + 1))
    return found


def test_verb_read_chunks_are_the_scanned_ones(engine) -> None:
    rules = engine.actor_kb.rules
    heads = frozenset(w for group in rules.heads for w in group.words if " " not in w)
    docs = engine.parse(TEXTS)
    spans = [(s.start, s.end) for doc in docs for s in verb_read_chunks(doc, rules)]
    assert spans and spans == [span for doc in docs for span in _scanned(doc, heads)]
    assert any(s.text == "heavy US airstrikes" for doc in docs for s in verb_read_chunks(doc, rules))
