"""A change of hands one side claims and the other then denies: "the militants said they
overran the post ... the army denied that the post had ever fallen". The denial is read
as its own negated record (the loss or the fall of the same place); the claim it answers
is no fact either, so it takes the denial's label and its denier as who says so.
"""

from __future__ import annotations

from collections.abc import Iterable

from frontwatch.extract.claimrank import raise_claim
from frontwatch.records import ControlChange

_PLAIN = ("asserted", "attributed")
_ANSWERED_KINDS = ("capture", "withdrawal", "lost")


def denied_changes(controls: Iterable[ControlChange]) -> None:
    """Negate each plain change of hands that a later denial in the article answers: a
    negated record of the same place told after it (a denial answers what was said
    before it, never what comes after)."""
    records = list(controls)
    denials = [c for c in records if c.claim.certainty == "negated" and c.place_id]
    for change in records:
        if change.claim.certainty not in _PLAIN or change.kind not in _ANSWERED_KINDS:
            continue
        denial = next((d for d in denials if _answers(d, change)), None)
        if denial is not None:
            raise_claim(change.claim, "negated", denial.claim.cue or denial.trigger)
            change.claim.attributed_to = denial.claim.attributed_to or change.claim.attributed_to


def _answers(denial: ControlChange, change: ControlChange) -> bool:
    """A later denial of the same change: the same taker, or none named, or the change's
    loser denying a loss; not another side's change of the same place ("Rebels captured
    T. The army has not yet recaptured T" denies no rebel capture)."""
    if denial.place_id != change.place_id or denial.evidence is None or change.evidence is None:
        return False
    if denial.evidence.start <= change.evidence.start:
        return False
    same_taker = denial.new_controller in ("", change.new_controller)
    denied_loss = denial.kind == "lost" and denial.previous_controller == change.previous_controller
    return same_taker or denied_loss
