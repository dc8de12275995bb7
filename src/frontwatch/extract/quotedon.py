"""A quotation that runs on past the sentence that names its speaker: 'A YPG spokesman
said: "Our units entered T. IS fighters fled toward R."', or a quoted sentence set right
after a quoted and attributed one ('"Kurdish fighters entered T," the spokesman said. "IS
fighters then fled."'). Those sentences are still the speaker's words: a fact told plainly
in them is attributed to the speaker, as the first sentence's facts are. A sentence with
a saying verb of its own, or one outside the quotation, keeps its own claim. Words are
data (cues.yaml, certainty: ``attribution_verbs``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import pairwise
from typing import Any

from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.speakernames import name_of_speaker
from frontwatch.nlp.docspans import sentences
from frontwatch.nlp.wordtest import starts_of_tokens_passing

_QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''"})
_SPEAKING_DEPS = frozenset({"ROOT", "parataxis"})
# any line break starts a paragraph: the HTML reader separates blocks with one (as anaphora does)
_PARAGRAPH_BREAK = re.compile(r"\n")
_SCARE_REACH = 4  # tokens after an opening mark within which a closing one makes scare quotes


def _quote_mark(lower: str, _lemma: str) -> bool:
    """A word test (``nlp.wordtest``): a quotation mark (no letters: its lower-case form is
    its text)."""
    return lower in _QUOTE_MARKS


def attribute_quoted_on(facts: list[Any], ctx: ArticleContext) -> None:
    """Attribute the plain facts of the sentences a quotation runs on into."""
    marks = starts_of_tokens_passing(ctx.doc, _quote_mark)  # one pass: long texts stay linear
    if not marks:
        return
    quoted = _Quotes(marks, _paragraph_starts(ctx.text))
    runs_on: dict[int, Any] = {}  # a quoted sentence's start -> the saying verb
    verb = None  # the saying verb of the quotation under way
    for before, sent in pairwise(sentences(ctx.doc)):
        if not quoted.runs_on(before, sent):
            verb = None
            continue
        verb = _saying_verb(before) or verb
        if verb is not None and _saying_verb(sent) is None:  # not "..., he added."
            runs_on[sent.start_char] = (sent, verb)
    if runs_on:
        _attribute(facts, runs_on, ctx)


def _attribute(facts: list[Any], runs_on: dict[int, Any], ctx: ArticleContext) -> None:
    starts = sorted(runs_on)
    for fact in facts:
        evidence = fact.evidence
        if evidence is None or fact.claim.certainty != "asserted":
            continue
        at = bisect_right(starts, evidence.start) - 1
        if at < 0:
            continue
        sent, verb = runs_on[starts[at]]
        if evidence.start < sent.end_char:
            subject = next(c for c in verb.children if c.dep_ == "nsubj")
            fact.claim.certainty, fact.claim.cue = "attributed", verb.text
            fact.claim.attributed_to = name_of_speaker(subject, ctx)


class _Quotes:
    """Where the quotation marks and paragraphs of an article are, read once."""

    def __init__(self, marks: list[int], paragraphs: list[int]) -> None:
        self.marks, self.paragraphs = marks, paragraphs

    def runs_on(self, before: Any, sent: Any) -> bool:
        """The sentence is quoted: it opens inside a quotation left open in its paragraph,
        or it opens with a quotation mark right after a quoted sentence of the same one."""
        paragraph = self.paragraphs[bisect_right(self.paragraphs, sent.start_char) - 1]
        if paragraph > before.start_char:
            return False  # a new paragraph
        opened = self._count(paragraph, sent.start_char) % 2 == 1
        quoted_before = self._count(before.start_char, before.end_char) > 0
        # '"Moderate" rebels captured ...': a mark closed within a word or two is scare quotes
        scare = any(t.text in _QUOTE_MARKS for t in sent[1:_SCARE_REACH])
        return opened or (sent[0].text in _QUOTE_MARKS and quoted_before and not scare)

    def _count(self, start: int, end: int) -> int:
        return bisect_left(self.marks, end) - bisect_left(self.marks, start)


def _paragraph_starts(text: str) -> list[int]:
    return [0, *(found.end() for found in _PARAGRAPH_BREAK.finditer(text))]


def _saying_verb(sent: Any) -> Any | None:
    """ "the spokesman said", "a commander told reporters": a verb of saying with a subject,
    heading the sentence or set beside its quotation."""
    words = get_lexicon().certainty("attribution_verbs")
    speaking = (t for t in sent if t.dep_ in _SPEAKING_DEPS and t.lemma_.lower() in words)
    return next((t for t in speaking if any(c.dep_ == "nsubj" for c in t.children)), None)
