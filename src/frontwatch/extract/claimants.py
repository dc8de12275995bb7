"""Who says so: the claimant of an attributed, denied or claimed fact. "Russia denied that
its jets struck T": the one who denies, not the one who reported it; "X said", "according
to X", "..., X said." closing a sentence. The claimant is an actor of the knowledge base
where the name resolves, which the network needs to tell a tie an enemy asserts from one a
neutral source reports."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.claimrank import raise_claim
from frontwatch.extract.closingsaid import closing_attribution_verb
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.speakernames import name_of_speaker
from frontwatch.extract.speakers import speaker_without_subject
from frontwatch.records import Claim


def trailing_attribution(anchor: Any, claim: Claim, ctx: ArticleContext) -> None:
    """'..., the Observatory said (on Friday).' even when the parser hung the speaker
    elsewhere. Copy that lost its commas ('... killing 12 the Observatory said') counts
    when the verb's own subject stands wholly after the fact."""
    verb = closing_attribution_verb(anchor.sent)
    if verb is None or verb.i < anchor.i:
        return
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)  # "said the UN"
    commas = [t.i for t in anchor.sent if t.text == "," and anchor.i < t.i < verb.i]
    if not commas and (subject is None or subject.left_edge.i <= anchor.i):
        return
    raise_claim(claim, "attributed", verb.text)
    speaker = subject
    if speaker is None:
        span = anchor.doc[commas[-1] + 1 : verb.i]
        speaker = span[-1] if len(span) else None
    if speaker is not None:
        claim.attributed_to = name_of_speaker(speaker, ctx)


def denied_by(verb: Any, claim: Claim, ctx: ArticleContext) -> None:
    """ "Russia denied that its jets struck T": the one who denies says so, not the one
    the denied claim was reported by."""
    if claim.attributed_to or verb.lemma_.lower() not in get_lexicon().certainty("denial_verbs"):
        return
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if speaker is not None:
        claim.attributed_to = name_of_speaker(speaker, ctx)


def attribute(verb: Any, claim: Claim, ctx: ArticleContext) -> None:
    raise_claim(claim, "attributed", verb.text)
    if claim.attributed_to:
        return
    speaker = _speaker_of(verb) or speaker_without_subject(verb, ctx)
    if speaker is not None:
        claim.attributed_to = name_of_speaker(speaker, ctx)


def _speaker_of(verb: Any) -> Any | None:
    """The subject of "said"; the object of "quoted X as saying"/"cited X as saying"."""
    if verb.lemma_.lower() == "say" and verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        verb = verb.head.head
    deps = ("dobj",) if verb.lemma_.lower() in ("quote", "cite") else ("nsubj",)
    for dep in (*deps, "nsubj"):
        for child in verb.children:
            if child.dep_ == dep:
                return child
    return None


def according_to(sent: Any, claim: Claim, ctx: ArticleContext) -> None:
    for tok in sent:
        if tok.lower_ == "according":
            objs = [
                g for c in tok.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"
            ]
            if objs:
                raise_claim(claim, "attributed", "according to")
                claim.attributed_to = name_of_speaker(objs[0], ctx)
                return
