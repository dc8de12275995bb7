"""Acts named by a noun with no party: "a violation of the truce", "a series of local
agreements", "talks on the city's fate collapsed", "aid is needed" mention a kind of act, not
an act reported. Such a fact is kept only when its type stands without a party
(``partyless_event_types``: a blast with a toll, a protest), the noun names its parties
though the knowledge base does not know them ("talks between the two envoys"), its subject
undergoes it ("was put under investigation"), or a verb says it came about ("resulted in a
ceasefire", "truces were brokered"). Verbs tell acts and stay.
Hedged, hypothetical and negated mentions keep their own label and stay."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from frontwatch.eventtypes import event_type_table
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.kb.actors.mentions import NAMED_PARTY_LABELS
from frontwatch.records import Event

# what was asked for, promised or denied ("promised a withdrawal") is kept with its label
_PLAIN = ("asserted", "attributed")
_CLIMB_DEPS = frozenset({"pobj", "prep", "nsubj", "nsubjpass", "dobj", "conj", "appos", "attr"})


def with_a_party(events: list[Event], ctx: ArticleContext) -> list[Event]:
    """The events that name a party, whose type stands alone, or that a verb says happened."""
    standing = partyless_types()
    kept = []
    for event in events:
        if (
            event.type in standing
            or _names_a_party(event)
            or event.claim.certainty not in _PLAIN
            or event.id not in ctx.trigger_offsets
        ):
            kept.append(event)
            continue
        trigger = ctx.trigger_token(event.id)
        if trigger is not None and _told_as_an_act(trigger):
            kept.append(event)
    return kept


def _names_a_party(event: Event) -> bool:
    return any((event.source_actor, event.target_actor, event.source_text, event.target_text))


def _told_as_an_act(trigger: Any) -> bool:
    """A verb tells an act ("the minister declined"); a noun only when it names its own
    parties, its subject undergoes it, or a verb says it came about."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return True
    return _has_own_parties(trigger) or _undergone(trigger) or _came_about(trigger)


def _has_own_parties(noun: Any) -> bool:
    """ "the minister's visit", "talks between the two envoys", "an inquiry by the UN": the
    noun names its parties, though they are no actor the knowledge base knows."""
    events = get_lexicon().events
    preps, named_preps = events["noun_party_preps"], events["noun_named_party_preps"]
    for child in noun.children:
        if child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ in preps):
            return True
        if child.dep_ == "prep" and child.lower_ in named_preps and _names_someone(child):
            return True
    return False


def _undergone(noun: Any) -> bool:
    """ "was put under investigation", "has been under siege since 2013": the subject
    undergoes the act, and is its counterpart."""
    under = noun.head
    return (
        noun.dep_ == "pobj"
        and under.lower_ == "under"
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in under.head.children)
    )


def _names_someone(prep: Any) -> bool:
    """ "the deployment of NATO troops", "sanctions on Burma": a name after the preposition."""
    return any(t.ent_type_ in NAMED_PARTY_LABELS for t in prep.subtree)


def _came_about(noun: Any) -> bool:
    """The first verb above the noun (through prepositions, "dozens of") says it happened."""
    verbs = get_lexicon().events["coming_about_verbs"]
    current = noun
    for _ in range(6):
        if current.pos_ in ("VERB", "AUX"):
            return str(current.lemma_).lower() in verbs
        if current.dep_ not in _CLIMB_DEPS or current.head.i == current.i:
            return False
        current = current.head
    return False


@lru_cache(maxsize=1)
def partyless_types() -> frozenset[str]:
    """The listed types, checked against the one event-type table."""
    listed = frozenset(get_lexicon().events["partyless_event_types"])
    unknown = listed - set(event_type_table()["types"])
    if unknown:
        raise ValueError(f"events.yaml: partyless_event_types: unknown types {sorted(unknown)}")
    return listed
