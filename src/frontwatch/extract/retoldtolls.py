"""A toll or an act told again just after an act is that act, not a second one.

"Jets bombed the village on Tuesday. Ten people were killed and eight wounded, he said."
The second sentence names no doer and no act of its own: only who died. Read alone it
would store a second attack (and, with no place of its own, one that matches nothing the
article reports). So does "The strikes killed 13 civilians": a noun pointing back at the
strikes told before. Such a telling gives its figures to the latest act of its type told
shortly before (``retold.sentences_back`` in events.yaml), when nothing they state
disagrees and both are told as facts; a toll with a time of its own ("In a week, 60 were
killed") counts more than that act and stays apart.

The same holds for an act the same doer is told doing again in the very next sentence, one
telling naming the place and the other not ("Russian forces captured another village ...
Russian troops liberated Lozuvatske, the ministry said"): one act, whose place the
retelling gives. Two tellings that both leave the place out may be two acts ("bombed a
school ... bombed a clinic"); two that both name it are fused later as reports of one
event (fuse/events.py).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from typing import TYPE_CHECKING, Any

from frontwatch.extract.armed import GENERIC_PREFIX, one_party
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.headline import fill_gaps, same_act
from frontwatch.extract.lexicon import get_lexicon, refers_back
from frontwatch.records import Event

if TYPE_CHECKING:
    from frontwatch.extract.triggergroups import TriggerGroup
    from frontwatch.kb.actors.kb import ActorKB

_PLAIN = frozenset({"asserted", "attributed"})
_LOOK_BACK = 32  # events looked back over at most: a few sentences never hold more


def tells_only_a_toll(group: TriggerGroup, doer_hidden: bool) -> bool:
    """Whether a trigger group only counts the dead or wounded of an act told before:
    kill and wound words with no doer named ("were killed", "died"), beside at most act
    nouns that point back ("the strikes killed 13")."""
    words = get_lexicon().harm_verbs()
    triggers = (group.anchor, *group.others)
    tolls = [t for t in triggers if t.key in words]
    acts = [t.token for t in triggers if t.key not in words]
    if not tolls or not all(_points_back(tok) for tok in acts):
        return False
    anchor = group.anchor.token
    if (
        anchor.dep_ == "conj"
        and anchor.head.pos_ == "VERB"
        and anchor.head.lemma_.lower() not in words
    ):
        return False  # "a mosque was hit and 30 were killed": the sentence tells a deed of its own
    if _counts_a_period(anchor):
        return False
    return doer_hidden or _names_no_doer(group.anchor.token)


def _points_back(tok: Any) -> bool:
    """An act noun pointing back ("the strikes"), or the verb of a relative clause on one
    ("the strike, which hit a market, wounded dozens": the strike told again)."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return bool(refers_back(tok))
    noun = tok.head
    return tok.dep_ == "relcl" and noun.pos_ in ("NOUN", "PROPN") and bool(refers_back(noun))


def _counts_a_period(tok: Any) -> bool:
    """ "in a week, 60 were killed", "have been killed so far": a toll over days, never one act's."""
    lex = get_lexicon()
    units, words = lex.events["toll_span_days"], set(lex.events["toll_period_words"])
    phrase = list(tok.subtree) if tok.dep_ != "acl" else list(tok.head.subtree)
    clause = [*phrase, *tok.head.children] if tok.dep_ == "conj" else phrase
    return any(
        (t.lemma_.lower() in units and t.dep_ == "pobj") or t.lower_ in words for t in clause
    )


def _names_no_doer(tok: Any) -> bool:
    """ "five people died", "those killed": a toll word that has no doer at all."""
    if tok.lemma_.lower() in get_lexicon().events["retold"]["doerless_death_verbs"]:
        return True
    return (
        tok.dep_ == "acl" and tok.tag_ == "VBN" and not any(c.dep_ == "agent" for c in tok.children)
    )


def merge_retold_tolls(
    events: list[Event], toll_ids: set[str], sentence_starts: list[int], kb: ActorKB
) -> list[Event]:
    """The events without the tolls that retell an act told just before, whose figures
    go to that act."""
    window = int(get_lexicon().events["retold"]["sentences_back"])
    out: list[Event] = []
    for event in events:
        act = (
            _act_told_before(event, out, (window, sentence_starts), kb)
            if event.id in toll_ids
            else None
        )
        if act is None:
            out.append(event)
        else:
            fill_gaps(act, event)
    return out


def _act_told_before(
    toll: Event, before: list[Event], reach: tuple[int, list[int]], kb: ActorKB
) -> Event | None:
    window, sentence_starts = reach
    if toll.evidence is None or toll.claim.certainty not in _PLAIN:
        return None
    here = bisect.bisect_right(sentence_starts, toll.evidence.start)
    for act in reversed(before[-_LOOK_BACK:]):
        if act.evidence is None:
            continue
        sentence = bisect.bisect_right(sentence_starts, act.evidence.start)
        if sentence == here:
            continue  # one sentence's own tolls are merged as it is built (events.py)
        if sentence < here - window:
            return None
        if act.type == toll.type:  # the nearest act decides
            return act if _retells(_as_hit_by(toll, act), act, kb) else None
    return None


def _retells(toll: Event, act: Event, kb: ActorKB) -> bool:
    if act.claim.certainty not in _PLAIN or not same_act(toll, act, kb):
        return False
    if one_party(toll.target_actor, act.source_actor, kb):
        return (
            False  # "22 IS militants were killed as the attack was repelled": the doer's own dead
        )
    return not toll.time.text or toll.time.date == act.time.date


def _as_hit_by(toll: Event, act: Event) -> Event:
    """ "Jets bombed rebel positions near T. The bombing killed four fighters": dead named only
    by a class of victims (``retold.victim_classes``) are among those the act hit, whatever
    target it names, and no other target that sets the telling apart from it."""
    if not act.target_actor or toll.target_actor not in _victim_classes():
        return toll
    return dataclasses.replace(toll, target_actor="")


def _victim_classes() -> frozenset[str]:
    return frozenset(get_lexicon().events["retold"]["victim_classes"])


def merge_retold_acts(events: list[Event], ctx: ArticleContext) -> list[Event]:
    """The events without those that tell again, in the very next sentence, an act the same
    doer was told doing ("Al Shabaab fighters killed 15 soldiers at the base. The militants
    used car bombs to take the base, police said."): the same type, doer and target, and
    nothing stated that disagrees, is one act -- unless the sentence says it is another
    ("also", "again", "later": ``retold.new_act_marks``)."""
    marks = set(get_lexicon().events["retold"]["new_act_marks"])
    out: list[Event] = []
    for event in events:
        act = _same_doer_before(event, out, ctx)
        if (
            act is None
            or marks_a_new_act(event, marks)
            or told_as_earlier(event, ctx)
            or _named_by_class(event, ctx)
        ):
            out.append(event)
        else:
            fill_gaps(act, event)
    return out


def _same_doer_before(event: Event, before: list[Event], ctx: ArticleContext) -> Event | None:
    sentence_starts, definite_ids = ctx.sentence_starts, ctx.definite_ids
    if event.evidence is None or event.claim.certainty not in _PLAIN:
        return None
    if not event.source_actor or event.source_actor.startswith(GENERIC_PREFIX):
        return None  # no doer, or a class of doers ("terrorists", "gunmen"): no "same doer"
    if not event.source_text and event.id not in definite_ids:
        return (
            None  # a doer carried from before is no doer told again, unless "the bombs" point back
        )
    here = bisect.bisect_right(sentence_starts, event.evidence.start)
    for act in reversed(before[-_LOOK_BACK:]):
        if act.evidence is None:
            continue
        sentence = bisect.bisect_right(sentence_starts, act.evidence.start)
        if sentence != here - 1:
            if sentence < here - 1:
                return None
            continue
        one_placed = bool(act.place_text) != bool(event.place_text)  # one telling places it
        if (
            act.type == event.type
            and act.source_actor == event.source_actor
            and one_placed
            and _retells(event, act, ctx.kb)
        ):
            return act
    return None


def _counts_a_period_at(event: Event, ctx: ArticleContext) -> bool:
    """A toll counted over days ("in a week, 60 were killed") is more than the act before."""
    toll = event.casualties.killed is not None or event.casualties.injured is not None
    token = ctx.trigger_token(event.id) if toll else None
    return token is not None and _counts_a_period(token)


def _named_by_class(event: Event, ctx: ArticleContext) -> bool:
    """ "Gunmen then set fire to the barracks": a doer the sentence names only by a class,
    given its party from the acts before (retold.name_class_doers), is no doer told again."""
    evidence = event.evidence
    return evidence is not None and any(
        m.text == event.source_text and m.actor_id.startswith(GENERIC_PREFIX)
        for m in ctx.actor_mentions
        if evidence.start <= m.start < evidence.end
    )


def told_as_earlier(event: Event, ctx: ArticleContext) -> bool:
    """A toll over days, or a pluperfect ("the army had been pounding rebel positions"):
    more than, or before, the act told just before."""
    token = ctx.trigger_token(event.id)
    if token is None:
        return False
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    pluperfect = any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
    return pluperfect or _counts_a_period_at(event, ctx)


def marks_a_new_act(event: Event, marks: set[str]) -> bool:
    sentence = event.evidence.sentence if event.evidence is not None else ""
    return any(word in marks for word in re.findall(r"[a-z]+", sentence.lower()))
