"""The ties a statement's own "we" takes: a press release speaks for who issues it.

"The United States condemns the attack. We stand with the Iraqi government", "We remain
committed to supporting the Syrian opposition", "We will continue to support X as it
fights Y": the issuer (the article's voice, extract/voice.py: the named doer of the
article's own statements) backs or fights whom the "we" does. Each sentence whose own
words (not a quote, not a question) say "we", "us" or "our" (events.yaml
``voice.own_voice_words``) is read again by the relation cues with those words indexed as
mentions of the voice, the way a referring "it" is (extract/crossrefs.py); the ties of the
sides that reading adds are kept ("we stand with X in their fight against Y": X fights Y
too), as sure as their sentence tells them, unless someone else is told saying them. A
statement that never names itself speaks for the state whose government is the article's
source ("U.S. Department of State": extract/voice.py ``issuer_of_source``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from frontwatch.extract.context import ArticleContext
from frontwatch.extract.relations import relations_in
from frontwatch.extract.timing import LazyTimes
from frontwatch.extract.voice import own_words, voice_word
from frontwatch.nlp.docspans import sentences
from frontwatch.nlp.wordtest import tokens_passing
from frontwatch.records import Mention, Relation


def voice_ties(voice: str, relations: list[Relation], ctx: ArticleContext) -> list[Relation]:
    """The ties the article's own "we" takes, given to the voice (none without a voice)."""
    if not voice:
        return []
    named = Mention(ctx.article.id, 0, 0, 0, "", "ACTOR", actor_id=voice, resolution="context")
    known = {r.id for r in relations}
    out: list[Relation] = []
    for sent in sentences(ctx.doc):
        ours = [t for t in tokens_passing(sent, voice_word) if t.i not in ctx.actor_at and own_words(t)]
        if ours:
            out += [
                r
                for r in _read_as(named, ours, sent, ctx)
                if r.id not in known and not r.claim.attributed_to
            ]
    return out


def _read_as(named: Mention, tokens: list[Any], sent: Any, ctx: ArticleContext) -> list[Relation]:
    """The sentence's ties read with the tokens indexed as mentions of the named actor."""
    for tok in tokens:
        ctx.actor_at[tok.i] = replace(
            named, start=tok.idx, end=tok.idx + len(tok.text), text=tok.text
        )
    ctx.index_changed()
    try:
        return relations_in(sent, [], ctx, LazyTimes(sent, ctx))
    finally:
        for tok in tokens:
            del ctx.actor_at[tok.i]
        ctx.index_changed()


__all__ = ["voice_ties"]
