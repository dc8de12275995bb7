"""An act told again without a place, a few sentences after the act it retells, is that act.

"Government jets struck a market in Maarat al-Numan on Monday, killing nine. Rescue workers
pulled bodies from the rubble for hours. The bombs were dropped around noon, witnesses
said." The third sentence tells the strike again in other words; read alone it stores a
second attack with no place -- one that matches nothing the article reports. An act of a
type in ``retold.unplaced_types`` that names no place, told as a fact, is the nearest act of
its type told as a fact at most ``retold.unplaced_sentences_back`` sentences before, when
that act names a place and nothing the two state disagrees (``headline.same_act``: type,
sides, day, toll). The means may differ: a retelling in other words tells another part of
the act ("detonated a car bomb at the camp ... The militants briefly took over the camp").
Its details fill what that act leaves unsaid.

It stays apart when the nearest act of its type names no place either (two unplaced tellings
may be two acts: "bombed a school ... bombed a clinic"), when its sentence says it is another
act ("also", "another", "separately": ``retold.new_act_marks``), when it was told as earlier
(a pluperfect, a toll over days), when the dead it counts are the act's doer's own, when the
act was told as background or dated only to a month or year, not up to now, and the
retelling names no time ("The town was captured in May ... 27 people were killed"), when it names a day the act does
not, when it names its doer as one of the episode's classes ("a suicide bomber blew himself up at
the gate": ``retold.episode_doer_classes``) or after an act whose doer its sentence leaves
unnamed ("Clashes raged around T. Iraqi forces shelled the centre"),
when it is what a defender met ("the army repelled the attack"), and when it names what it hit as a
new thing ("a school was struck", "hit a clinic": ``retold.new_target_determiners``).
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import Any

from frontwatch.extract.armed import one_party
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.headline import fill_gaps, same_act
from frontwatch.extract.judged import defends
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.retoldtolls import marks_a_new_act, told_as_earlier
from frontwatch.records import Event

_PLAIN = frozenset({"asserted", "attributed"})
_LOOK_BACK = 32  # events looked back over at most: a few sentences never hold more


def merge_unplaced_retellings(events: list[Event], ctx: ArticleContext) -> list[Event]:
    """The events without those that tell again, with no place, an act told as a fact a few
    sentences before at a place."""
    retold = get_lexicon().events["retold"]
    window, kinds = int(retold["unplaced_sentences_back"]), frozenset(retold["unplaced_types"])
    marks = (set(retold["new_act_marks"]), set(retold["new_target_determiners"]))
    out: list[Event] = []
    for event in events:
        act = None
        if event.type in kinds and _may_retell(event, ctx, marks):
            act = _placed_act_before(event, out, window, ctx)
        if act is None:
            out.append(event)
        else:
            fill_gaps(act, event)
    return out


def _may_retell(event: Event, ctx: ArticleContext, marks: tuple[set[str], set[str]]) -> bool:
    """An unplaced act told as a fact, not marked as another or an earlier one, and not what
    a defender met."""
    if event.place_text or event.evidence is None or event.claim.certainty not in _PLAIN:
        return False
    new_act, new_thing = marks
    if marks_a_new_act(event, new_act) or told_as_earlier(event, ctx):
        return False
    if _named_by_an_episode_class(event, ctx):
        return False  # "A suicide bomber blew himself up at the gate": that doer's own deed
    token = ctx.trigger_token(event.id)
    if token is None:
        return True
    met = token.dep_ == "dobj" and defends(token.head)
    return not met and not _hits_a_new_thing(token, new_thing)


def _hits_a_new_thing(token: Any, new_words: set[str]) -> bool:
    """ "A school was struck", "shelled a clinic": what the act hit is named as a thing not
    told before, so the act is a deed of its own."""
    verbs = [token, *(c for c in token.children if c.dep_ == "conj")]
    if token.dep_ == "conj":
        verbs.append(token.head)  # "a mosque was hit and 30 were killed"
    hit = [c for v in verbs for c in v.children if c.dep_ in ("nsubjpass", "dobj")]
    return any(d.dep_ == "det" and d.lower_ in new_words for c in hit for d in c.children)


def _placed_act_before(
    event: Event, before: list[Event], window: int, ctx: ArticleContext
) -> Event | None:
    """The nearest act of the event's type told before it in another sentence, within the
    window, when that act is placed, told as a fact and can be the act the event retells."""
    assert event.evidence is not None  # checked by _may_retell
    here = bisect.bisect_right(ctx.sentence_starts, event.evidence.start)
    for act in reversed(before[-_LOOK_BACK:]):
        if act.evidence is None or act.claim.certainty not in _PLAIN:
            continue  # an act only feared or denied is no act a retelling tells again
        sentence = bisect.bisect_right(ctx.sentence_starts, act.evidence.start)
        if sentence == here:
            continue  # one sentence's tellings are pooled as it is built (headline.py)
        if sentence < here - window:
            return None
        if act.type == event.type:
            return act if _retells(event, act, ctx) else None  # the nearest act decides
    return None


def _retells(event: Event, act: Event, ctx: ArticleContext) -> bool:
    if not act.place_text:
        return False
    if not same_act(replace(event, mode=""), act, ctx.kb):  # the means may differ
        return False
    if event.time.text and not act.time.text:
        return False  # "On Friday the militants bombed a market": a day of its own, another act
    if event.source_text and not _doer_named(act, ctx):
        return False  # "Clashes raged around T. Iraqi forces shelled IS positions": a deed named
    if _told_of_another_time(act, ctx) and not event.time.text:
        return False  # "The town was captured in May. ... 27 were killed": today's dead, not May's
    # "Six of the attackers were killed": the doer's own dead are no retelling of the act
    return not one_party(event.target_actor, act.source_actor, ctx.kb)


def _told_of_another_time(act: Event, ctx: ArticleContext) -> bool:
    """An act told as background, or dated only to a month or a year ("captured in May"); not
    one told in the present perfect, over a stretch up to now ("since July the regime has
    dropped 2,000 bombs ... The bombs have killed hundreds"), whose deeds reach the day told."""
    coarse = bool(act.time.text) and act.time.precision in ("month", "year")
    if not (act.time.background or coarse):
        return False
    token = ctx.trigger_token(act.id)
    verb = token if token is None or token.pos_ in ("VERB", "AUX") else token.head
    up_to_now = verb is not None and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children
    )
    return not up_to_now


def _named_by_an_episode_class(event: Event, ctx: ArticleContext) -> bool:
    """A doer its sentence names only as one of the episode's classes ("a suicide bomber",
    "the attackers": ``retold.episode_doer_classes``), whose deed retold.py ties to the party
    of the acts just told: a deed of its own within the episode."""
    classes = set(get_lexicon().events["retold"]["episode_doer_classes"])
    evidence = event.evidence
    return evidence is not None and any(
        m.text == event.source_text and m.actor_id in classes
        for m in ctx.actor_mentions
        if evidence.start <= m.start < evidence.end
    )


def _doer_named(act: Event, ctx: ArticleContext) -> bool:
    """Whether the act's own sentence names its doer (sides filled from elsewhere do not)."""
    evidence = act.evidence
    return evidence is not None and any(
        m.actor_id and one_party(m.actor_id, act.source_actor, ctx.kb)
        for m in ctx.actor_mentions
        if evidence.start <= m.start < evidence.end
    )
