"""An act named again by a noun pointing back is that act, a few sentences on.

"Jets bombed a village near Falam on Friday, killing six. Residents buried the dead at
night. Local media reported the air strikes, but state media were silent." The noun
("the air strikes", "this attack", "the blasts") itself says it is the act told before:
stored apart it is a second attack that matches nothing the article reports. It is that
act when the nearest act of its type told as a fact, at most ``retold.noun_sentences_back``
sentences before, agrees with all it states (type, sides, place, day, toll:
``headline.same_act``) and it is told as a fact too; its details fill what the act leaves
unsaid. An act whose own words disagree ("the strikes on Idlib", after a strike on Homs)
stays apart.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from frontwatch.extract.context import GENERIC_PREFIX, ArticleContext
from frontwatch.extract.headline import fill_gaps, same_act
from frontwatch.extract.judged import defends
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.records import Event

_PLAIN = frozenset({"asserted", "attributed"})
_LOOK_BACK = 32  # events looked back over at most: a few sentences never hold more


def merge_retold_nouns(events: list[Event], ctx: ArticleContext) -> list[Event]:
    """The events without those told by a noun pointing back at an act told just before."""
    window = int(get_lexicon().events["retold"]["noun_sentences_back"])
    out: list[Event] = []
    for event in events:
        act = _act_pointed_at(event, out, window, ctx) if _points_back(event, ctx) else None
        if act is None:
            out.append(event)
            continue
        if _names_the_class_doer(event, act):
            act.source_actor, act.source_text = event.source_actor, event.source_text
        fill_gaps(act, event)
    return out


def _names_the_class_doer(told: Event, act: Event) -> bool:
    """ "A suicide bomber killed 20 ... IS claimed responsibility for the attack": a doer the
    act names only by what it is (``retold.episode_doer_classes``) is the party the noun
    pointing back at it names."""
    classes = frozenset(get_lexicon().events["retold"]["episode_doer_classes"])
    named = bool(told.source_actor) and not told.source_actor.startswith(GENERIC_PREFIX)
    return named and act.source_actor in classes


def _points_back(event: Event, ctx: ArticleContext) -> bool:
    """Told by a noun pointing back, not by a kill or wound verb ("22 militants were killed as
    the attack was repelled" names whose dead they are: retoldtolls.py, owndead.py) and not
    as what a defender met ("the army repelled the attacks")."""
    token = ctx.trigger_token(event.id)
    if event.id not in ctx.definite_ids or token is None:
        return False
    # "the army repelled the attacks": the attacks met by a defender are the other side's
    repelled = token.dep_ == "dobj" and defends(token.head)
    return token.lemma_.lower() not in get_lexicon().harm_verbs() and not repelled


def _act_pointed_at(
    event: Event, before: list[Event], window: int, ctx: ArticleContext
) -> Event | None:
    if event.evidence is None or event.claim.certainty not in _PLAIN:
        return None
    here = bisect.bisect_right(ctx.sentence_starts, event.evidence.start)
    for act in reversed(before[-_LOOK_BACK:]):
        if act.evidence is None:
            continue
        sentence = bisect.bisect_right(ctx.sentence_starts, act.evidence.start)
        if sentence == here:
            continue  # one sentence's tellings are pooled as it is built (headline.py)
        if sentence < here - window:
            return None
        if act.type == event.type and act.claim.certainty in _PLAIN:
            # the nearest act decides; its class doer gives way to a party the noun names
            unnamed = replace(act, source_actor="") if _names_the_class_doer(event, act) else act
            return act if same_act(event, unnamed, ctx.kb) else None
    return None
