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
    return [e for e in events if not _bare_retelling(e, ctx)]


def _bare_retelling(event: Event, ctx: ArticleContext) -> bool:
    if is_anchored(event):
        return False
    token = ctx.trigger_token(event.id)
    return token is not None and (points_back(token) or named_in_passing(token))


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
    if modifier.tag_ == "JJS" or modifier.ent_type_ == "ORDINAL" or modifier.dep_ == "prep":
        return True
    return bool(modifier.dep_ != "poss" and modifier.ent_type_ == "DATE")


def named_in_passing(noun: Any) -> bool:
    """An act noun that is not what its clause tells of: hung on a preposition or the object of
    another deed ("despite heavy bombardments", "at a rally", "condemned the attacks"). Not
    the object of a verb that makes it happen ("began a general strike", "carried out raids":
    events.yaml ``coming_about_verbs``, ``carrier_verbs``) or perceives it ("can hear artillery
    fire": cues.yaml ``perception_verbs``), or what one leads to ("resulted in a ceasefire":
    ``outcome_verbs``)."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("pobj", "dobj", "conj", "appos"):
        return False
    if any(_singles_out(c) for c in noun.children):
        return False  # "details of the 2015 bombing", "reported battles around the base"
    if noun.dep_ == "pobj":  # "resulted in a ceasefire", not "said at a rally"
        return lemma_of(noun.head.head) not in _verbs("outcome_verbs")
    perceived = get_lexicon().certainty("perception_verbs")  # "residents hear shelling"
    telling = _verbs("coming_about_verbs") | _verbs("carrier_verbs") | perceived
    return lemma_of(noun.head) not in telling


@cache
def _verbs(key: str) -> frozenset[str]:
    return frozenset(get_lexicon().events[key])
