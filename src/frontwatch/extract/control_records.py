"""From a control observation to its stored record: claim, time, controllers, evidence."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from frontwatch.extract.certainty import claim_for
from frontwatch.extract.context import (
    ArticleContext,
    clause_head,
    clause_tokens,
    evidence_of,
    record_id,
)
from frontwatch.extract.control_aims import aim_cue
from frontwatch.extract.donerelatives import told_as_done
from frontwatch.extract.effortacts import fought_claim
from frontwatch.extract.foundby import cue_kind
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.modes import arm_of
from frontwatch.extract.observations import Observation, control_words, place_key
from frontwatch.extract.timeref import TimeMatch
from frontwatch.extract.timing import time_for
from frontwatch.records import Certainty, ControlChange, Mention, TimeRef


def control_record(
    obs: Observation, sent: Any, ctx: ArticleContext, times: Sequence[TimeMatch]
) -> ControlChange:
    """The stored record of one observation: its claim, time, controllers and evidence."""
    trigger = obs.trigger
    claim = claim_for(trigger, ctx)
    presupposed = obs.presupposed or told_as_done(trigger)
    if presupposed and claim.certainty in ("hypothetical", "negated"):
        claim.certainty, claim.cue = ("attributed" if claim.attributed_to else "asserted"), ""
    head = clause_head(trigger)
    mark = _future_time_clause(head)
    if mark and claim.certainty in ("asserted", "attributed"):
        claim.certainty, claim.cue = "hypothetical", mark
    governed, cue = _infinitive_under_modal_or_negation(head)
    if (
        governed is not None
        and not presupposed
        and claim.certainty in ("asserted", "attributed")
    ):
        claim.certainty, claim.cue = governed, cue
    aim = aim_cue(trigger)
    if aim and not presupposed and claim.certainty in ("asserted", "attributed"):
        claim.certainty, claim.cue = "hypothetical", aim
    fought = fought_claim(trigger, claim, ctx)
    clause = clause_tokens(head) if head.pos_ in ("VERB", "AUX") else list(trigger.subtree)
    new_id = _force_of(obs.new, ctx)
    time = time_for(trigger, head, claim, ctx, times, clause)
    record = record_id(ctx.article.id, sent.start_char, _id_kind(obs), trigger.idx)
    if fought is not None:
        ctx.fought_claims[record] = fought  # the assault is fought already (captures.py)
    if obs.assault_only:
        ctx.assault_only_ids.add(record)  # an assault, but no change of hands (article.py)
    if obs.returned:
        ctx.returned_ids.add(record)  # told as done again: no assault of its own (captures.py)
        # and no day of its own (a participle before a noun has none: "on Sunday" in
        # "returned to the recently retaken town on Sunday" is the return's): not the report's day
        if not time.text or trigger.dep_ == "amod":
            time = TimeRef(None, None, "", background=True)
    return ControlChange(
        id=record,
        place_text=obs.place.text,
        place_id=obs.place.place_id,
        new_controller=new_id,
        previous_controller=_force_of(obs.previous, ctx),
        new_controller_text=_words_in(obs.new, sent),
        previous_controller_text=_words_in(obs.previous, sent),
        kind=obs.kind,
        time=time,
        claim=claim,
        trigger=trigger.text,
        evidence=evidence_of(ctx, sent),
        found_by=f"control:{obs.kind}-{cue_kind(trigger)}",
    )


def _force_of(side: Mention | None, ctx: ArticleContext) -> str:
    """The force that holds for a side: a state's arm that seizes ground; a person (a
    commander, a leader) stands for what he acts for at the report's date."""
    if side is None or not side.actor_id:
        return ""
    return arm_of(ctx.kb.side_for(side.actor_id, ctx.published), "COERCE", "seize", ctx.kb)


def _words_in(mention: Mention | None, sent: Any) -> str:
    """The words naming a side in this sentence; a side the context gave (an earlier
    sentence's subject) has no words here, as for events' sides filled from context."""
    if mention is None or not sent.start_char <= mention.start < sent.end_char:
        return ""
    return mention.text


def _id_kind(obs: Observation) -> str:
    # the first place keeps the id it always had; a coordinated one is told apart by id
    return f"control:{obs.kind}" if not obs.nth else f"control:{obs.kind}:{place_key(obs.place)}"


def _infinitive_under_modal_or_negation(head: Any) -> tuple[Certainty | None, str]:
    """ "will not allow T to fall to X", "would never let X take T", "did not allow X to
    enter T": an infinitive complement shares its governor's modal or negation (the
    certainty rules carry them down an xcomp only). Returns (certainty, cue)."""
    if head.dep_ not in ("ccomp", "xcomp") or head.tag_ != "VB":
        return None, ""
    governor = head.head
    modals = get_lexicon().certainty("hypothetical_modals")
    negations = get_lexicon().certainty("negation_words")
    for child in governor.children:
        if child.dep_ == "aux" and child.lower_ in modals:
            return "hypothetical", str(child.text)
    for child in governor.children:
        if child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ in negations):
            return "negated", str(child.text)
    return None, ""


_PRESENT_TAGS = frozenset({"VBZ", "VBP", "VB"})
_FUTURE_CLAUSE_REACH = 4


def _future_time_clause(head: Any) -> str:
    """ "... will secure T once it is freed", "X will hold T until it falls": a change told
    in a present-tense time clause of a future or modal clause has not happened yet.
    Returns the time word, or ''."""
    words = control_words("future_marks")
    marks = [c for c in head.children if c.dep_ in ("mark", "advmod") and c.lower_ in words]
    if head.dep_ != "advcl" or not marks:
        return ""
    verbs = [head, *(c for c in head.children if c.dep_ in ("aux", "auxpass"))]
    if not any(v.tag_ in _PRESENT_TAGS for v in verbs):
        return ""
    modals = get_lexicon().certainty("hypothetical_modals")
    current = head
    for _ in range(_FUTURE_CLAUSE_REACH):
        current = current.head
        if any(c.dep_ == "aux" and c.lower_ in modals for c in current.children):
            return str(marks[0].text)
        if current.head.i == current.i:
            break
    return ""
