"""A country the act is aimed at names its target: the state.

"The Iran-backed Houthis fired missiles at Saudi Arabia", "militants launched rockets into
Israel", "a wave of drone attacks on Turkey": the sentence names the doer, and names what
the act was aimed at as a country, by a preposition of aim (``aimed_country_preps`` in
events.yaml) whose object is the act's own place. That country's state is the target the
sentence tells; no side the article names elsewhere (its main opponent, the enemy of the
doer in another sentence) is to be searched for. Only for a doer of another country that
is no friend of the state (no backing, alliance or membership edge), and only when the
country is the act's place itself, not a town in it ("at the airport in the Saudi city of
Jizan" is left to abroad.py, whose guards weigh the article's other enemies). "Struck
targets in Syria" names where, not what: "in" is no preposition of aim.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from frontwatch.extract.armed import kb_tied
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.opponents import party_of
from frontwatch.kb.actors.kb import ActorKB
from frontwatch.nlp.charspans import expanded_span
from frontwatch.records import Event, Mention

_COUNTRY_PREFIX = "country:"  # the id of a country's place (records/facts.py Place.id)


def aim_at_named_states(
    events: list[Event], doc: Any, place_mentions: Iterable[Mention], kb: ActorKB, date: dt.date | None
) -> None:
    """Give, in place, each hostile act with a named doer and no target whose place is a
    country named after a preposition of aim the state of that country."""
    table = get_lexicon().events
    hostile = frozenset(table["opponents"]["act_types"])
    preps = frozenset(table["aimed_country_preps"])
    countries = [m for m in place_mentions if m.place_id.startswith(_COUNTRY_PREFIX)]
    for event in events:
        if event.type not in hostile or event.target_actor or not event.source_text:
            continue
        if not event.source_actor or event.evidence is None or event.casualties.civilians:
            continue
        if not event.place_id.startswith(_COUNTRY_PREFIX):
            continue
        if not any(_aimed_at(m, doc, preps) for m in _in_sentence(countries, event)):
            continue
        state = _foreign_state(event, kb, date)
        if state:
            event.target_actor = state


def _in_sentence(mentions: list[Mention], event: Event) -> list[Mention]:
    """The mentions of the event's own country in its sentence."""
    assert event.evidence is not None
    lo, hi = event.evidence.start, event.evidence.end
    return [m for m in mentions if m.place_id == event.place_id and lo <= m.start < hi]


def _aimed_at(mention: Mention, doc: Any, preps: frozenset[str]) -> bool:
    """Whether the parse hangs the mention on a preposition of aim ("at", "into")."""
    span = expanded_span(doc, mention.start, mention.end)
    if span is None:
        return False
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in preps


def _foreign_state(event: Event, kb: ActorKB, date: dt.date | None) -> str:
    """The state of the act's country, when the doer is of another and no friend of it."""
    country = event.place_id[len(_COUNTRY_PREFIX) :]
    state = kb.get(country)
    doer = kb.get(party_of(event.source_actor, kb, date)) or kb.get(event.source_actor)
    if state is None or state.type != "state" or doer is None:
        return ""
    if doer.country == country or kb.top_of(doer.id) == state.id:
        return ""
    if kb_tied({doer.id, event.source_actor}, {state.id}, kb, date):
        return ""  # "Russian jets struck into Syria" fly for Damascus
    return state.id
