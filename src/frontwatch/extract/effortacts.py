"""The claim of an assault that is the aim of an effort already under way: "army units are
trying to retake T", "has been working to clear IS from T", "began to recapture T", "an
offensive launched in an attempt to seize T". The capture is only aimed at, so the change
of hands stays hypothetical (control_records reads the trigger's own claim), but the
assault is being fought: the event takes the certainty of the effort, as the fights tie
does (``tieclaims.effort_claim``). "Plans an offensive to retake T" stays hypothetical:
the offensive itself is planned. Words are data (cues.yaml, certainty: ``effort_words``,
``purpose_phrase_nouns``, ``initiating_verbs``).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.certainty import claim_for
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.roleclaims import deed_with_purpose
from frontwatch.extract.tieclaims import effort_claim
from frontwatch.records import Claim

# the event types an effort under way already is: the fighting for the place
_FOUGHT_TYPES = frozenset({"ASSAULT"})


def event_claim(anchor: Any, event_type: str, ctx: ArticleContext) -> Claim:
    """The claim of the event whose trigger is ``anchor``."""
    claim = claim_for(anchor, ctx)
    if event_type not in _FOUGHT_TYPES:
        return claim
    effort = fought_claim(anchor, claim, ctx)
    return effort if effort is not None else claim


def fought_claim(trigger: Any, claim: Claim, ctx: ArticleContext) -> Claim | None:
    """The claim of the assault a hypothetical capture at ``trigger`` is the aim of, when
    an effort for it is under way; None when nothing is being fought for it yet."""
    if claim.certainty != "hypothetical":
        return None
    return effort_claim(trigger, ctx) or _launched_for(trigger, ctx)


def _launched_for(anchor: Any, ctx: ArticleContext) -> Claim | None:
    """ "an offensive launched in an attempt to capture T": the launching's own claim."""
    deed = deed_with_purpose(anchor) if anchor.dep_ == "acl" else None
    cues = get_lexicon().certainty
    if deed is None or lemma_of(deed) not in cues("initiating_verbs"):
        return None
    if lemma_of(deed) in cues("request_verbs"):
        return None  # "an offensive planned in a bid to seize T": still a plan
    return claim_for(deed, ctx)
