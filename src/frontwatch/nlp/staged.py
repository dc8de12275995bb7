"""Parse only what can hold a fact: the full pipeline on cue sentences, names elsewhere.

Each text is tokenized and split into sentences by punctuation first (cheap). Runs of
sentences the gate lets through are parsed by the whole pipeline, all chunks of a batch
in one ``nlp.pipe`` call; the other runs get only the knowledge-base entity ruler, so
known actors and places are still found there. The pieces are joined back into one Doc
whose text, and so every character offset, is the article's own.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from frontwatch.nlp.gate import SentenceGate

_SHORT_SENTENCE = 4  # tokens: "Lt." or "(AFP)" split off by punctuation joins the next one
_EXCLUDE = ["tensor", "user_data"]


@dataclass(frozen=True, slots=True)
class Chunk:
    start: int  # characters, in the article text
    end: int
    parse: bool


class StagedParser:
    """Turns texts into Docs, parsing fully only the sentences the gate passes."""

    def __init__(self, nlp: Language, gate: SentenceGate, ruler_name: str) -> None:
        self.nlp, self.gate = nlp, gate
        self.ruler = nlp.get_pipe(ruler_name) if ruler_name in nlp.pipe_names else None
        self.sentencizer = Sentencizer()

    def pipe(self, texts: Sequence[str], batch_size: int = 32) -> list[Doc]:
        plans = [self.chunks(text) for text in texts]
        wanted = [
            text[c.start : c.end] for text, plan in zip(texts, plans) for c in plan if c.parse
        ]
        parsed = iter(self.nlp.pipe(wanted, batch_size=batch_size))
        return [self._assemble(text, plan, parsed) for text, plan in zip(texts, plans)]

    def chunks(self, text: str) -> list[Chunk]:
        """Runs of sentences with the same verdict, covering the whole text."""
        doc = self.sentencizer(self.nlp.make_doc(text))
        chunks: list[Chunk] = []
        for start, parse in self._verdicts(doc):
            if chunks and chunks[-1].parse == parse:
                continue
            if chunks:
                chunks[-1] = Chunk(chunks[-1].start, start, chunks[-1].parse)
            chunks.append(Chunk(start, len(text), parse))
        return chunks or [Chunk(0, len(text), True)]

    def _verdicts(self, doc: Doc) -> Iterator[tuple[int, bool]]:
        pending: list[Any] = []
        for sent in doc.sents:
            pending.append(sent)
            if sum(not t.is_space for t in sent) < _SHORT_SENTENCE:
                continue
            yield pending[0].start_char, any(self.gate.passes(s) for s in pending)
            pending = []
        if pending:
            yield pending[0].start_char, any(self.gate.passes(s) for s in pending)

    def _assemble(self, text: str, plan: list[Chunk], parsed: Iterator[Doc]) -> Doc:
        if len(plan) == 1 and plan[0].parse:
            return next(parsed)
        docs = [next(parsed) if c.parse else self._names_only(text[c.start : c.end]) for c in plan]
        # spaCy's stub for from_docs lacks its ``exclude`` parameter (spaCy >= 3.3)
        joined = Doc.from_docs(docs, ensure_whitespace=False, exclude=_EXCLUDE)  # type: ignore[call-arg]
        if joined.text != text:  # never expected; the offsets would be wrong
            raise ValueError("staged parse changed the text")
        # Joining re-derives sentence starts from the parse trees, which the unparsed
        # pieces do not have: their punctuation-based starts are written back.
        starts = numpy.concatenate([doc.to_array([SENT_START]) for doc in docs])
        # spaCy's stub types to_array as float64 and from_array as thinc's Ints2d; these
        # are to_array's own int arrays, joined
        joined.from_array([SENT_START], starts.reshape(-1, 1))  # type: ignore[arg-type]
        return joined

    def _names_only(self, text: str) -> Doc:
        doc = self.sentencizer(self.nlp.make_doc(text))
        return self.ruler(doc) if self.ruler is not None else doc
