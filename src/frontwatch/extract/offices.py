"""A statement made by or to an office-holder is made by or to the side the office serves.

"Abadi hailed the recapture", "the coalition congratulates Prime Minister Al-Abadi",
"Rubio spoke with President Kagame": PLOVER codes a head of state or minister speaking in
office as that government, as a leader's attack is his side's (``sides.py`` does that for
violent acts). A person holding no office at the date stays a person.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from frontwatch.extract.lexicon import get_lexicon
from frontwatch.kb.actors.kb import ActorKB
from frontwatch.records import Event


def offices_speak_for_their_side(events: list[Event], kb: ActorKB, date: Any) -> None:
    """Statements' persons in office become the side they act for, on both ends."""
    statement_types = set(get_lexicon().events["office_statement_types"])
    for event in events:
        if event.type not in statement_types:
            continue
        event.source_actor = _side_of(event.source_actor, kb, date)
        event.target_actor = _side_of(event.target_actor, kb, date)


def _side_of(actor_id: str, kb: ActorKB, date: Any) -> str:
    """A state office before a party or group led ("Erdogan said" is Turkey, not the AKP)."""
    actor = kb.get(actor_id) if actor_id else None
    if actor is None or actor.type != "person":
        return actor_id
    offices = kb.offices(actor_id, date)
    held = [e for e in offices if e.kind == "office_holder"] or offices
    if not held:
        return actor_id
    latest = max(held, key=lambda e: e.start or dt.date.min)
    return kb.top_of(latest.target)
