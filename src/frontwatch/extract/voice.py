"""The party behind an article's own "we": press releases speak for who issues them.

A statement from a ministry, an embassy or a military command names itself once ("The
United States condemns ...", "CENTCOM conducted ...") and then says "we": "We call on the
regime to ...", "We condemn ...". Outside quoted or attributed speech, a statement whose
subject is that "we" is made by the article's voice: the party that is the doer of most
of the article's own asserted statements (judgements, requests, support, agreements...),
when one clearly is. Only statements count (``voice_types``: not deeds such as aid or
mobilising troops) and only named parties (not "the government"). Named twice is enough; named
once only when that statement opens the article ("The United States condemns ..."), as a
press release does. A "we" in a question ("can we ask ...?") is the asker's, not the issuer's.
An official signing the statement ("I congratulate X") speaks for it as "we" does, and so
does a demand it makes with no speaker ("Iran must cease its attacks").
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from typing import Any

from frontwatch.extract.context import GENERIC_PREFIX, ArticleContext, clause_head
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.sentenceof import sentence_of
from frontwatch.extract.tally import most_named
from frontwatch.extract.verbsubjects import subject_of
from frontwatch.nlp.charspans import expanded_span
from frontwatch.nlp.treearrays import lower_forms, quote_marks
from frontwatch.nlp.wordtest import tokens_passing
from frontwatch.records import Event


def speak_for_the_voice(events: list[Event], ctx: ArticleContext) -> str:
    """Give statements whose subject is the article's own "we" the article's voice, in
    place ("we are alarmed by an offensive" leaves the offensive's doer alone); the voice
    ('' when none), read before any of them is given it."""
    rules = get_lexicon().events["voice"]
    statement_types = frozenset(rules["statement_types"])
    voice_types = frozenset(rules["voice_types"])
    ours = [
        e
        for e in events
        if e.type in statement_types
        and not e.source_actor
        and (_said_by_us(e, ctx) or _our_demand(e, ctx))
    ]
    voice = article_voice(events, voice_types, int(rules["min_statements"]), _opening_end(ctx))
    if not voice and _says_we(ctx):  # the source is read only when the article says "we"
        voice = issuer_of_source(ctx)
    for event in ours:
        event.source_actor = voice
    return voice


def article_voice(events: list[Event], voice_types: frozenset[str], floor: int, opening_end: int) -> str:
    """The named doer of most of the article's own statements, at least ``floor`` of them,
    or of one that opens the article (before ``opening_end``); '' on a tie or none."""
    own = [
        e
        for e in events
        if e.type in voice_types
        and e.source_actor
        and not e.source_actor.startswith(GENERIC_PREFIX)
        and not e.claim.attributed_to
    ]
    counts = Counter(e.source_actor for e in own)
    opening = Counter(e.source_actor for e in own if e.evidence and e.evidence.start < opening_end)
    return most_named(counts, floor) or (most_named(opening) if len(counts) == 1 else "")


def issuer_of_source(ctx: ArticleContext) -> str:
    """The state whose government the article's source is ("U.S. Department of State",
    "UK Foreign Office press release", "US government (State Department statement)"):
    a statement that never names itself speaks for who publishes it. The longest run of
    the source's words the KB knows exactly, of an issuing type (events.yaml
    ``voice.issuer_types``: not a news outlet), read as its state; '' when none."""
    words = [w.strip("(),;:[]\"'") for w in ctx.article.source.split()]
    issuers = frozenset(get_lexicon().events["voice"]["issuer_types"])
    for size in range(min(len(words), _LONGEST_NAME), 0, -1):
        for start in range(len(words) - size + 1):
            name = " ".join(words[start : start + size]).strip()
            match = ctx.kb.explain(name, label="ORG", date=ctx.published, fuzzy=False)[0] if name else None
            actor = (
                ctx.kb.get(match.actor_id) if match is not None and match.method in _EXACT else None
            )
            if actor is not None and actor.type in issuers:
                return str(ctx.kb.top_of(actor.id) or actor.id)
    return ""


_LONGEST_NAME = 6  # words of a government's name ("U.S. Department of State", "Ministry of ...")
_EXACT = frozenset({"exact", "alias"})


def _says_we(ctx: ArticleContext) -> bool:
    """Whether the article's own words say "we", "us" or "our" (events.yaml
    ``voice.own_voice_words``)."""
    return any(own_words(t) for t in tokens_passing(ctx.doc[:], voice_word))


def voice_word(lower: str, lemma: str) -> bool:
    """A word test (``nlp.wordtest``): one of ``voice.own_voice_words``; only the few tokens
    that pass are made, not a Token of every word of the article."""
    return lower in _voice_words()


@cache  # the lexicon never changes within a process
def _voice_words() -> frozenset[str]:
    return frozenset(get_lexicon().events["voice"]["own_voice_words"])


def _opening_end(ctx: ArticleContext) -> int:
    """Where the article's first two sentences end (a title line and the lead)."""
    ends = [s.end_char for _, s in zip(range(2), ctx.doc.sents, strict=False)]
    return ends[-1] if ends else 0


def _said_by_us(event: Event, ctx: ArticleContext) -> bool:
    """Whether the act's clause has the first-person plural as its subject, in the
    article's own words (not a quote or a statement attributed to someone)."""
    trigger = ctx.trigger_token(event.id)
    if trigger is None or event.claim.attributed_to:
        return False
    subject = subject_of(clause_head(trigger))
    pronouns = get_lexicon().events["voice"]["pronouns"]
    return subject is not None and subject.lower_ in pronouns and own_words(subject)


def _our_demand(event: Event, ctx: ArticleContext) -> bool:
    """Whether the act is a demand the article makes in its own words, with no speaker:
    "Iran must cease its attacks", "These attacks must end now" (a demand modal, events.yaml
    ``stance.demand_modals``, on the sentence's main verb; not "X said Y must ...", nor a
    quote): a statement's demand is its issuer's."""
    if event.type != "REQUEST" or event.claim.attributed_to or event.source_text or not event.evidence:
        return False
    span = expanded_span(ctx.doc, event.evidence.start, event.evidence.end)
    modals = get_lexicon().events["stance"]["demand_modals"]
    return span is not None and any(
        t.text == event.trigger
        and t.dep_ == "ROOT"
        and any(c.dep_ == "aux" and c.lower_ in modals for c in t.children)
        and own_words(t)
        for t in span
    )


def own_words(token: Any) -> bool:
    """Whether a word is the article's own: not in a quote, nor in a question (read from
    the doc's lists: no Span, no Token per word of the sentence)."""
    sent = sentence_of(token)
    return not quoted(token) and "?" not in lower_forms(token.doc)[sent.start : sent.end]


def quoted(token: Any) -> bool:
    """Whether an opening quotation mark precedes the token in its sentence unclosed."""
    marks = quote_marks(token.doc)[sentence_of(token).start : token.i]
    return sum(marks) % 2 == 1
