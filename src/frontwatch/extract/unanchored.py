"""An act named again by a noun pointing back, with no side, no place and no toll of its own
left, is no new event.

"There was no immediate claim of responsibility for the attack"; "Sunday's attack came just
hours after the embassy tested its defences"; "the clashes began after the arrest of a
commander". The noun ("the attack", "these strikes", "Sunday's attack") says the act was told
before -- in this article or in an earlier report. Once every step that attaches a retelling
to its act, fills a side or gives a place has run, a retelling still naming no party on
either side, no place and no toll matched none of them: stored, it is a second record of the
act that no query can reach and no report can confirm. Its ties were drawn before this step,
so only the event goes. An act told by a verb ("the envoy called on both sides ...") or by a
noun that does not point back ("clashes broke out again in May") stays: it is told here.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import get_lexicon, lemma_of, refers_back
from frontwatch.records import Event


def without_unanchored_retellings(events: list[Event], ctx: ArticleContext) -> list[Event]:
    """The events without the retellings that name nothing of their own."""
    return [e for e in events if not _bare_retelling(e, events, ctx)]


def _bare_retelling(event: Event, events: list[Event], ctx: ArticleContext) -> bool:
    if is_anchored(event):
        return False
    token = ctx.trigger_token(event.id)
    if token is None:
        return False
    if _brought_about(token):  # "the attack led to 7,000 airstrikes": told by what came of it
        return False
    if _told_as_object(token):  # "witnesses reported heavy shelling", "fled the fighting"
        return points_back(token) and _stored_before(event, events, ctx)
    return points_back(token) or named_in_passing(token)


def _brought_about(noun: Any) -> bool:
    return noun.dep_ == "nsubj" and lemma_of(noun.head) in _verbs("outcome_verbs")


def _stored_before(event: Event, events: list[Event], ctx: ArticleContext) -> bool:
    """An act of the same type told earlier in the article: the one a noun points back to."""
    offsets = ctx.trigger_offsets
    own = offsets.get(event.id)
    return own is not None and any(
        e.type == event.type and offsets.get(e.id, own) < own for e in events
    )


def is_anchored(event: Event) -> bool:
    """A side (known or only worded), a place or a toll: something the act can be found by."""
    sides = (event.source_actor, event.target_actor, event.source_text, event.target_text)
    toll = event.casualties
    return any(sides) or bool(event.place_id) or toll.killed is not None or toll.injured is not None


def points_back(noun: Any) -> bool:
    """A noun with a determiner pointing back ("the attack", "these strikes") or a day's
    possessive ("Sunday's attack", "yesterday's raid"): an act told before. Not one that
    singles out an act of its own by a rank, a date or a phrase of its own ("the heaviest
    fighting", "the first raid", "the 2015 bombing", "the arrest of ten members"): "the"
    there picks one out, it does not point back."""
    if noun.pos_ not in ("NOUN", "PROPN") or any(_singles_out(c) for c in noun.children):
        return False
    day = any(c.dep_ == "poss" and c.ent_type_ == "DATE" for c in noun.children)
    return day or refers_back(noun)


def _singles_out(modifier: Any) -> bool:
    """A rank, a date of its own or a phrase saying whom or where the act hit ("the arrest of
    ten members", "battles around an air base"): words that tell the act, not point back."""
    if modifier.tag_ == "JJS" or modifier.ent_type_ == "ORDINAL" or modifier.dep_ in ("prep", "acl"):
        return True
    return bool(modifier.dep_ != "poss" and modifier.ent_type_ == "DATE")


def named_in_passing(noun: Any) -> bool:
    """An act noun that is not what its clause tells of: hung on a preposition or the object of
    a verb that judges or speaks of it ("despite heavy bombardments", "including suicide attacks",
    "condemned the attacks": events.yaml ``judging_verbs``). Not the object of another verb
    ("witnesses reported heavy shelling"), nor of a verb that makes it happen ("began a general strike", "carried out raids":
    events.yaml ``coming_about_verbs``, ``carrier_verbs``) or perceives it ("can hear artillery
    fire": cues.yaml ``perception_verbs``), nor under another preposition ("under siege since
    2013", "dozens of truces": events.yaml ``passing_prepositions``)."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("pobj", "dobj", "conj", "appos"):
        return False
    if any(_singles_out(c) for c in noun.children):
        return False  # "details of the 2015 bombing", "reported battles around the base"
    noun = _first_conjunct(noun)
    if noun.dep_ == "pobj":  # "including suicide attacks", not "under siege since 2013"
        return noun.head.lower_ in _verbs("passing_prepositions")
    if noun.dep_ == "dobj":  # "condemned the attacks", not "reported heavy shelling"
        return lemma_of(noun.head) in _verbs("judging_verbs") - _telling()
    return noun.dep_ in ("conj", "appos") and lemma_of(noun.head) not in _telling()


def _told_as_object(noun: Any) -> bool:
    """The object of a verb that neither makes the act happen, perceives it nor judges it:
    "witnesses reported heavy shelling", "residents fled the fighting" tell of the act."""
    noun = _first_conjunct(noun)
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "dobj":
        return False
    return lemma_of(noun.head) not in _telling() | _verbs("judging_verbs")


def _first_conjunct(noun: Any) -> Any:
    """ "condemned the shelling and the air strikes": the strikes stand where the shelling does."""
    while noun.dep_ in ("conj", "appos") and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    return noun


def _telling() -> frozenset[str]:
    """Verbs that make an act happen or perceive it: it is told there."""
    perceived = get_lexicon().certainty("perception_verbs")  # "residents hear shelling"
    return _verbs("coming_about_verbs") | _verbs("carrier_verbs") | perceived


@cache
def _verbs(key: str) -> frozenset[str]:
    return frozenset(get_lexicon().events[key])
