"""The state a strike abroad hits, when the text names no other target.

"The Houthis fired a missile at the airport in the Saudi border city of Jizan", "Israeli
missiles hit targets near Damascus airport": a side's act on the ground of a country not
its own, with no target named in the sentence or found from the article, is aimed at that
country's state. Only when nothing else may be: the doer's sentence names it (not a side
the article filled in), nobody was reported killed among civilians (such an act is aimed
at them), the doer is no friend of that state (no backing, alliance or membership edge in
the knowledge base, no backs/allied relation in the article: Russian jets over Idlib fly
for Damascus), the act backs no side in its sentence ("supported by US strikes"), and every party the article names that may be the doer's enemy is that
state, its organs or its friends, or a mere class ("rebels": a Turkish drone strike in an
article naming the SDF may have hit the SDF, a US strike in Syria the Islamic State). The filled
target keeps an empty ``target_text``: the place says it, not a name.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping

from frontwatch.extract.armed import kb_tied
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.opponents import (
    enemy_candidates,
    friends_of_state,
    parties_named,
    party_of,
)
from frontwatch.kb.actors.kb import ActorKB
from frontwatch.records import Event, Mention, Relation


def strikes_abroad_hit_the_state(
    events: list[Event],
    relations: list[Relation],
    mentions: tuple[Iterable[Mention], Iterable[Mention]],
    place_countries: Mapping[str, str],
    kb: ActorKB,
    date: dt.date | None,
) -> None:
    """Give one-sided hostile acts abroad the state of the ground they hit, in place.
    ``mentions`` are the article's actor and place mentions."""
    hostile = frozenset(get_lexicon().events["opponents"]["act_types"])
    named = None
    for event in events:
        if event.type not in hostile or event.target_actor or not event.source_text:
            continue
        if not event.source_actor or event.casualties.civilians:
            continue
        state = _foreign_ground(event, place_countries, kb, date)
        if not state:
            continue
        if _backing_there(event, relations, kb, date):
            continue  # "supported by coalition strikes": the strikes serve a side, not a war on the state
        if named is None:
            named = parties_named(*mentions, kb, date)
        if _only_that_state(party_of(event.source_actor, kb, date), state, named, relations, kb, date):
            event.target_actor = state


def _backing_there(event: Event, relations: list[Relation], kb: ActorKB, date: dt.date | None) -> bool:
    """The doer backs or fights beside a side in the act's own sentence: the act is that
    support ("X advanced, supported by US strikes"), whose enemy is the backed side's."""
    side = party_of(event.source_actor, kb, date)
    here = event.evidence.start if event.evidence is not None else -1
    return any(
        r.kind in ("backs", "allied")
        and r.evidence is not None
        and r.evidence.start == here
        and side in (party_of(r.source_actor, kb, date), party_of(r.target_actor, kb, date))
        for r in relations
    )


def _foreign_ground(
    event: Event, place_countries: Mapping[str, str], kb: ActorKB, date: dt.date | None
) -> str:
    """The state of the country the act took place in, when the doer is from another."""
    country = place_countries.get(event.place_id or "", "")
    state = kb.get(country) if country else None
    doer = kb.get(party_of(event.source_actor, kb, date))
    if state is None or state.type != "state" or doer is None or not doer.country:
        return ""
    return state.id if doer.country != country else ""


def _only_that_state(
    side: str,
    state: str,
    named: dict[str, Counter[str]],
    relations: list[Relation],
    kb: ActorKB,
    date: dt.date | None,
) -> bool:
    """The doer is not the state's friend, and no enemy it may have in the article stands
    apart from the state and its friends."""
    if not side or kb_tied(friends_of_state(side, named, kb), {state}, kb, date):
        return False
    with_state = {**named, state: named.get(state, Counter())}
    if state not in enemy_candidates(side, with_state, relations, kb, date):
        return False  # the article's own words make them friends
    ours = friends_of_state(state, named, kb)
    return all(
        party in ours or _a_class(party, kb) or kb_tied(friends_of_state(party, named, kb), {state}, kb, date)
        for party in enemy_candidates(side, named, relations, kb, date)
    )


def _a_class(party: str, kb: ActorKB) -> bool:
    """ "Rebel fighters", "militants": a class is no named enemy the act may have hit."""
    actor = kb.get(party)
    return actor is not None and actor.type == "generic"
