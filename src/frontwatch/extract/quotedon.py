"""A quotation that runs on past the sentence that names its speaker: 'A YPG spokesman
said: "Our units entered T. IS fighters fled toward R."', or a quoted sentence set right
after a quoted and attributed one ('"Kurdish fighters entered T," the spokesman said. "IS
fighters then fled."'). Those sentences are still the speaker's words: a fact told plainly
in them is attributed to the speaker, as the first sentence's facts are. A sentence with
a saying verb of its own, or one outside the quotation, keeps its own claim. Words are
data (cues.yaml, certainty: ``attribution_verbs``).
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.speakernames import name_of_speaker

_QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''"})
_SPEAKING_DEPS = frozenset({"ROOT", "parataxis"})


def attribute_quoted_on(facts: list[Any], ctx: ArticleContext) -> None:
    """Attribute the plain facts of the sentences a quotation runs on into."""
    sentences = list(ctx.doc.sents)
    verb = None  # the saying verb of the quotation under way
    for before, sent in pairwise(sentences):
        if not _runs_on(before, sent, ctx):
            verb = None
            continue
        verb = _saying_verb(before) or verb
        if verb is not None and _saying_verb(sent) is None:  # not "..., he added."
            _attribute(facts, sent, verb, ctx)


def _attribute(facts: list[Any], sent: Any, verb: Any, ctx: ArticleContext) -> None:
    subject = next(c for c in verb.children if c.dep_ == "nsubj")
    for fact in facts:
        evidence = fact.evidence
        inside = evidence is not None and sent.start_char <= evidence.start < sent.end_char
        if inside and fact.claim.certainty == "asserted":
            fact.claim.certainty, fact.claim.cue = "attributed", verb.text
            fact.claim.attributed_to = name_of_speaker(subject, ctx)


def _runs_on(before: Any, sent: Any, ctx: ArticleContext) -> bool:
    """The sentence is quoted: it opens inside a quotation left open in its paragraph, or
    it opens with a quotation mark right after a quoted sentence of the same paragraph."""
    if "\n\n" in ctx.text[before.end_char : sent.start_char]:
        return False
    opened = _open_quote_before(sent, ctx)
    return opened or (sent[0].text in _QUOTE_MARKS and _has_quote(before))


def _open_quote_before(sent: Any, ctx: ArticleContext) -> bool:
    start = ctx.text.rfind("\n\n", 0, sent.start_char)
    paragraph_start = 0 if start < 0 else start + 2
    marks = [t for t in ctx.doc if paragraph_start <= t.idx < sent.start_char and t.text in _QUOTE_MARKS]
    return len(marks) % 2 == 1


def _has_quote(sent: Any) -> bool:
    return any(t.text in _QUOTE_MARKS for t in sent)


def _saying_verb(sent: Any) -> Any | None:
    """ "the spokesman said", "a commander told reporters": a verb of saying with a subject,
    heading the sentence or set beside its quotation."""
    words = get_lexicon().certainty("attribution_verbs")
    speaking = (t for t in sent if t.dep_ in _SPEAKING_DEPS and t.lemma_.lower() in words)
    return next((t for t in speaking if any(c.dep_ == "nsubj" for c in t.children)), None)
