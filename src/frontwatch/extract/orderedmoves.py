"""A withdrawal ordered or decided by those who command the troops: "the administration ordered
American troops to withdraw from T", "after a decision by the president to pull troops out of
T": the order given is the retreat told as an act, as sure as the order is (the gold of the
real-news set reads it so); the place it leaves changes no hands yet, so only the event is
read again, never the control change or a tie drawn from it. An order or decision still to
come ("would order troops to withdraw", "threatened to order", "a decision to withdraw would
be a mistake") leaves the withdrawal an aim. Words are data (cues.yaml, certainty:
``command_verbs``, ``decision_nouns``, ``ordered_event_types``, ``hypothetical_modals``,
``hypothetical_verbs``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.records import Certainty, Event

_PURPOSE_CUE = "to"  # the cue certainty.claim_for gives an infinitive of aim
_NOUN_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "attr"})


def ordered_withdrawals(events: list[Event], ctx: ArticleContext) -> None:
    """Tell as done the withdrawals an order or decision given made only aims."""
    types = get_lexicon().certainty("ordered_event_types")
    for event in events:
        claim = event.claim
        if event.type not in types or claim.certainty != "hypothetical" or claim.cue != _PURPOSE_CUE:
            continue
        token = ctx.trigger_token(event.id)
        if token is not None and _given_order(token):
            told: Certainty = "attributed" if claim.attributed_to else "asserted"
            event.claim = replace(claim, certainty=told, cue=token.head.text)


def _given_order(verb: Any) -> bool:
    """ "ordered troops to withdraw" (the order in the past, no modal, no "not"), "a decision
    by X to withdraw troops" (a decision no modal or aim governs)."""
    cues = get_lexicon().certainty
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in cues("command_verbs"):
        return _done_verb(head)
    if verb.dep_ == "acl" and head.lemma_.lower() in cues("decision_nouns"):
        if head.dep_ not in _NOUN_DEPS:
            return False
        governor = head.head.head if head.dep_ == "pobj" else head.head
        if governor.lemma_.lower() in cues("hypothetical_verbs"):
            return False  # "pressed for a decision to withdraw", "awaiting ...": not taken yet
        return not _modal_or_negated(governor)
    return False


def _done_verb(verb: Any) -> bool:
    """A verb in the past ("ordered", "had ordered"), with no modal and no "not"."""
    if _modal_or_negated(verb):
        return False
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _modal_or_negated(verb: Any) -> bool:
    modals = get_lexicon().certainty("hypothetical_modals")
    return any(
        c.dep_ == "neg" or (c.dep_ in ("aux", "auxpass") and c.lower_ in modals) for c in verb.children
    )
