"""The claim of an assault that is the aim of an effort already under way: "army units are
trying to retake T", "has been working to clear IS from T", "began to recapture T", "an
offensive launched in an attempt to seize T". The capture is only aimed at, so the change
of hands stays hypothetical (control_records reads the trigger's own claim), but the
assault is being fought: the event takes the certainty of the effort, as the fights tie
does (``tieclaims.effort_claim``). "Plans an offensive to retake T" stays hypothetical:
the offensive itself is planned. Which efforts count is ``tieclaims.effort_claim`` and ``effortaims``.
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.certainty import claim_for
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.tieclaims import effort_claim
from frontwatch.records import Claim

# the event types an effort under way already is: the fighting for the place, and the
#   forces moved ("attempted to reinforce rebel positions": the reinforcing was under way)
_FOUGHT_TYPES = frozenset({"ASSAULT", "MOBILIZE"})


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
    return effort_claim(trigger, ctx)

