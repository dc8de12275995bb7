"""Parse only what can hold a fact: the full pipeline on cue sentences, names elsewhere.

Each text is tokenized and split into sentences by punctuation first (cheap). Runs of
sentences the gate lets through are parsed by the whole pipeline, all chunks of a batch
in one ``nlp.pipe`` call; the other runs get only the knowledge-base entity ruler, so
known actors and places are still found there. The pieces are joined back into one Doc
whose text, and so every character offset, is the article's own.

Cost stays linear in the length of a text: a chunk never grows past ``CHUNK_CHARS`` (a
1 MB article on one line is parsed as many bounded pieces, and no rule downstream ever
sees a sentence longer than ``MAX_SENTENCE_TOKENS``), and a sentence repeated word for
word within an article is parsed once: its copies get the names only, so they state no
second fact (the pipeline counts them on the first one's facts).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

import numpy
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, NORM, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from frontwatch.nlp.gate import SentenceGate
from frontwatch.nlp.text import keep_text

_SHORT_SENTENCE = 4  # tokens: "Lt." or "(AFP)" split off by punctuation joins the next one
CHUNK_CHARS = 20_000  # a run of sentences parsed as one piece is cut here, at a sentence start
MAX_SENTENCE_TOKENS = 250  # an unpunctuated run-on is cut into pieces this long
_EXCLUDE = ["tensor", "user_data"]
# the attributes Doc.from_docs joins: every array attribute of a Doc (SPACY among them)
_JOINED: list[int | str] = list(Doc._get_array_attrs())
# A line no sentence runs on from: a list line ("-- Near X, ...", "• ..."), or the line
# after a short one (a heading, a dateline, a speaker's label) that did not end a sentence.
# A hard-wrapped paragraph's lines are longer than this, so they still run on; where a
# paragraph ends with its sentence, the parser decides as it always did.
_HEADING_CHARS = 60
_LIST_HEADING_CHARS = 30
_LIST_MARKS = frozenset({"--", "-", "•", "*", "·", "–", "—"})
_LINE_START = re.compile(
    # a list line, after a line that ended a sentence or a colon, or after a blank line (a
    # sentence wrapped at a dash, "...\n— the third day of the assault — ...", runs on)
    r"(?:(?<=[.!?:\"”’])|(?<=\n))[ \t]*\n[ \t]*(?=(?:--?|[•*·–—])\s)"
    r"|^[ \t]*(?=(?:--?|[•*·–—])\s)"
    # after a short line, when the next begins as a sentence or list does: a wrapped
    # sentence goes on in lower case ("Russian warplanes bombed\nrebel-held districts of")
    rf"|(?:^|(?<=\n))[ \t]*[^\n]{{1,{_HEADING_CHARS}}}(?<![.!?:;,\"”’)\]])\n\s*(?=[A-Z0-9\"“‘(])"
    # a list under a heading ("Strikes in Syria\n-- Near ..."): only after a line as short as
    # a heading, not a wrapped sentence's line before a dash
    rf"|(?:^|(?<=\n))[ \t]*[^\n]{{1,{_LIST_HEADING_CHARS}}}(?<![.!?:;,\"”’)\]])\n\s*(?=(?:--?|[•*·–—])\s)"
)


@dataclass(frozen=True, slots=True)
class Chunk:
    start: int  # characters, in the article text
    end: int
    parse: bool
    first_token: int = 0  # tokens, in the article's tokenization
    end_token: int = 0


class StagedParser:
    """Turns texts into Docs, parsing fully only the sentences the gate passes."""

    def __init__(self, nlp: Language, gate: SentenceGate, ruler_name: str) -> None:
        self.nlp, self.gate = nlp, gate
        self.ruler = nlp.get_pipe(ruler_name) if ruler_name in nlp.pipe_names else None
        self.sentencizer = Sentencizer()
        self.sentence_ends = numpy.array(
            sorted(nlp.vocab.strings.add(p) for p in self.sentencizer.punct_chars), dtype="uint64"
        )
        self.work = WorkCounter()

    def pipe(self, texts: Sequence[str], batch_size: int = 32) -> list[Doc]:
        # each text is tokenized once: the gate reads those tokens, and the pieces to
        # parse are handed to spaCy as Docs cut from them (the tokenizer is not run again)
        docs = [mark_line_starts(self.nlp.tokenizer(text), text) for text in texts]
        plans = [self._plan(doc, text) for doc, text in zip(docs, texts, strict=True)]
        wanted = [
            _piece(doc, c, len(plan)) for doc, plan in zip(docs, plans, strict=True) for c in plan if c.parse
        ]
        parsed = iter(_parse_by_length(self.nlp, wanted, batch_size))
        return [
            self._assemble(doc, text, plan, parsed) for doc, text, plan in zip(docs, texts, plans, strict=True)
        ]

    def chunks(self, text: str) -> list[Chunk]:
        """Runs of sentences with the same verdict, covering the whole text, none longer
        than ``CHUNK_CHARS`` unless one sentence piece is."""
        return self._plan(mark_line_starts(self.nlp.tokenizer(text), text), text)

    def _plan(self, doc: Doc, text: str) -> list[Chunk]:
        chunks: list[Chunk] = []
        for first, parse in self._verdicts(doc, text):
            last = chunks[-1] if chunks else None
            start = doc[first].idx
            if last and last.parse == parse and start - last.start < CHUNK_CHARS:
                continue
            if last:
                chunks[-1] = Chunk(last.start, start, last.parse, last.first_token, first)
            chunks.append(Chunk(start, len(text), parse, first, len(doc)))
        self.work.chunks += len(chunks)
        return chunks or [Chunk(0, len(text), True, 0, len(doc))]

    def _verdicts(self, doc: Doc, text: str) -> Iterator[tuple[int, bool]]:
        """(first token, parse it?) of each run of sentence pieces; a run's text seen
        before in this doc is not parsed again."""
        seen: set[str] = set()
        words_before = numpy.concatenate([[0], numpy.cumsum(~doc.to_array(IS_SPACE).astype(bool))])
        for run in _runs(_pieces(doc, self.sentence_ends), words_before):
            words = text[run[0].start_char : run[-1].end_char]
            self.work.tokens_gated += sum(len(piece) for piece in run)
            parse = words not in seen and any(self.gate.passes(piece) for piece in run)
            seen.add(words)
            yield run[0].start, parse

    def _assemble(self, doc: Doc, text: str, plan: list[Chunk], parsed: Iterator[Doc]) -> Doc:
        if len(plan) == 1 and plan[0].parse:
            return keep_text(next(parsed), text)
        docs = [
            next(parsed) if c.parse else self._names_only(_piece(doc, c, len(plan))) for c in plan
        ]
        joined, starts = join_pieces(docs)
        # the pieces are the tokenizer's own words and spaces, so the text can only differ
        # in length; comparing whole texts would rebuild the joined text token by token
        if len(joined) != len(doc) or _text_length(joined) != len(text):  # never expected
            raise ValueError("staged parse changed the text")
        # Joining re-derives sentence starts from the parse trees, which the unparsed
        # pieces do not have: their punctuation-based starts are written back.
        joined.from_array([SENT_START], starts.reshape(-1, 1))
        return keep_text(joined, text)

    def _names_only(self, doc: Doc) -> Doc:
        marked = doc.to_array([SENT_START])
        doc = self.sentencizer(doc)
        # the sentencizer decides every token anew: the line starts are written back
        starts = numpy.where(marked == 1, marked, doc.to_array([SENT_START]))
        doc.from_array([SENT_START], starts.reshape(-1, 1))  # type: ignore[arg-type]
        return self.ruler(doc) if self.ruler is not None else doc


def join_pieces(docs: list[Doc]) -> tuple[Doc, Any]:
    """``Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor", "user_data"])``
    read from the pieces' arrays, and the pieces' own sentence starts: the same Doc
    (spaCy's join makes a Token of every word for its text and space; here the words come
    from the ORTH and SPACY columns it joins anyway). Pieces holding span groups, which
    no component of FrontWatch's pipeline sets, are joined by spaCy itself."""
    if any(piece.spans for piece in docs):
        # spaCy's stub for from_docs lacks its ``exclude`` parameter (spaCy >= 3.3)
        joined = Doc.from_docs(docs, ensure_whitespace=False, exclude=_EXCLUDE)  # type: ignore[call-arg]
        return joined, numpy.concatenate([piece.to_array([SENT_START]) for piece in docs])
    rows = numpy.concatenate([piece.to_array(_JOINED) for piece in docs])
    strings = docs[0].vocab.strings
    words = [strings[orth] for orth in rows[:, _JOINED.index(ORTH)].tolist()]
    spaces = [bool(space) for space in rows[:, _JOINED.index(SPACY)].tolist()]
    joined = Doc(docs[0].vocab, words=words, spaces=spaces, user_data={})
    # spaCy's stub types from_array's array as thinc's Ints2d; these are to_array's own
    joined.from_array(_JOINED, rows)  # type: ignore[arg-type]
    return joined, rows[:, _JOINED.index(SENT_START)]


def _parse_by_length(nlp: Language, pieces: list[Doc], batch_size: int) -> list[Doc]:
    """``nlp.pipe`` over the pieces, batched shortest first, returned in their order.

    The parser and NER step all the docs of a batch together until the longest is done,
    and each step has a fixed cost: docs of like length in a batch take fewer steps. A
    doc's annotations do not depend on its company (each is parsed on its own rows)."""
    order = sorted(range(len(pieces)), key=lambda index: len(pieces[index]))
    parsed = dict(zip(order, nlp.pipe([pieces[i] for i in order], batch_size=batch_size), strict=True))
    return [parsed[index] for index in range(len(pieces))]


def _piece(doc: Doc, chunk: Chunk, chunks: int) -> Doc:
    """The chunk's tokens as a Doc of their own (the whole doc when it is the only one):
    the same words, spaces and norms, the only attributes a tokenizer sets (``as_doc``
    would copy the whole doc's arrays for each piece, quadratic in a long text)."""
    if chunks == 1:
        return doc
    # read as arrays of the chunk's own tokens (no Token made per word)
    span = doc[chunk.first_token : chunk.end_token]
    rows = span.to_array([ORTH, SPACY, NORM, SENT_START])  # type: ignore[attr-defined]  # Span has it; the stub not
    strings = doc.vocab.strings
    words = [strings[orth] for orth in rows[:, 0].tolist()]
    piece = Doc(doc.vocab, words=words, spaces=[bool(space) for space in rows[:, 1].tolist()])
    # the line starts marked on the whole doc; a piece always starts a sentence
    rows[0, 3] = 1
    piece.from_array([NORM, SENT_START], numpy.ascontiguousarray(rows[:, 2:4]))  # type: ignore[arg-type]  # to_array's own dtype
    return piece


def mark_line_starts(doc: Doc, text: str) -> Doc:
    """``doc`` with a sentence start set at each line no sentence runs on from (a heading
    is not the subject of the line after it, a list line is a sentence of its own); the
    parser keeps starts set before it and finds the others. One regex pass over the text."""
    offsets = [m.end() for m in _LINE_START.finditer(text)]
    if not offsets or not len(doc):
        return doc
    idx = doc.to_array([IDX]).astype("int64")
    tokens = numpy.searchsorted(idx, offsets)
    tokens = tokens[tokens < len(doc)]
    tokens = tokens[idx[tokens] == numpy.array(offsets[: len(tokens)])]
    starts = doc.to_array([SENT_START]).astype("int64")  # -1: not a start
    starts[tokens] = 1
    # a list mark ("--", "•") opens its line's sentence: the word after it does not
    marked = tokens[tokens + 1 < len(doc)]
    after_mark = marked[[doc[int(t)].text in _LIST_MARKS for t in marked]] + 1
    starts[after_mark] = -1
    doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))  # type: ignore[arg-type]
    return doc


@dataclass
class WorkCounter:
    """Work done so far, for tests that check cost grows with length, not faster."""

    chunks: int = 0  # pieces planned (parsed or names only)
    tokens_gated: int = 0  # tokens the gate looked at


def _text_length(doc: Doc) -> int:
    last = doc[-1] if len(doc) else None
    return last.idx + len(last.text_with_ws) if last is not None else 0


def sentence_starts(doc: Doc, sentence_ends: Any) -> list[int]:
    """The tokens spaCy's Sentencizer would start sentences at, found with arrays: a
    token that is neither punctuation nor a sentence-ending character starts one when
    such a character (``sentence_ends``: their string hashes, sorted) came since the
    last such token. The same starts as ``Sentencizer.predict``, without a Python step
    per token."""
    if not len(doc):
        return []
    orth_punct = doc.to_array([ORTH, IS_PUNCT])
    ends = numpy.isin(orth_punct[:, 0], sentence_ends)
    words = numpy.flatnonzero(~ends & (orth_punct[:, 1] == 0))
    ends_up_to = numpy.cumsum(ends)[words]
    after_end = numpy.diff(ends_up_to, prepend=0) > 0
    return sorted({0, *words[after_end].tolist()})


def _pieces(doc: Doc, sentence_ends: Any) -> Iterator[Any]:
    """The punctuation-based sentences, a run-on cut every ``MAX_SENTENCE_TOKENS``. The
    starts are predicted, not set: the parser must find its own on the same Doc."""
    marked = numpy.flatnonzero(doc.to_array([SENT_START]) == 1).tolist()
    starts = sorted({*sentence_starts(doc, sentence_ends), *marked})
    for first, end in pairwise([*starts, len(doc)]):  # an empty doc has no sentence
        for start in range(first, end, MAX_SENTENCE_TOKENS):
            yield doc[start : min(start + MAX_SENTENCE_TOKENS, end)]


def _runs(pieces: Iterator[Any], words_before: Any) -> Iterator[list[Any]]:
    """Pieces grouped so that a very short one ("Lt.", "(AFP)") joins the next
    (``words_before[i]``: the tokens before token i that are not spaces)."""
    pending: list[Any] = []
    for piece in pieces:
        pending.append(piece)
        if words_before[piece.end] - words_before[piece.start] >= _SHORT_SENTENCE:
            yield pending
            pending = []
    if pending:
        yield pending
