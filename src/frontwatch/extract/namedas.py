"""A deed told only as what something is named: "It has been described as Iraq's biggest
victory against IS", "the raid was hailed by officials as a blow to the rebels", "the
battle has been called the rebels' worst defeat". The deed in the "as" phrase (or the
predicate of "called") is someone's naming of it: hedged when no one is said to name it,
else the namer's word. The named thing itself ("the raid was described as ...") and a
deed done to it stand. Words are data (cues.yaml, certainty: ``naming_verbs``).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.claimants import attribute
from frontwatch.extract.claimrank import raise_claim
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.records import Claim


def check_naming(anchor: Any, claim: Claim, ctx: ArticleContext) -> None:
    """Hedge or attribute a deed told inside what the verb over it names something; also a
    deed taken as done ("Iraq's victory"), whose naming is still someone's."""
    head = next((t for t in anchor.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if head is None or not _named_as(anchor, head):
        return
    namer = any(c.dep_ in ("nsubj", "agent") for c in head.children)
    if namer:
        attribute(head, claim, ctx)  # "officials described it as a victory over IS"
    else:
        raise_claim(claim, "hedged", head.text)  # "it has been described as ..."


def _named_as(anchor: Any, head: Any) -> bool:
    if head.lemma_.lower() not in get_lexicon().certainty("naming_verbs"):
        return False
    names = [
        c for c in head.children if c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as")
    ]
    return any(anchor in name.subtree for name in names)
