"""A class placed in one country by its own phrase: "Kurdish militia in Syria".

"Syrian Kurdish fighters" names the class's country in front (phrasematch.py notes it as
``country:``); the press as often names it after the head, with a preposition of
``placed_in`` ("Kurdish fighters in Syria", "the rebels inside Yemen"). Such a class takes
that country's by_state line and no antecedent of another country's (antecedents.py reads
the note): Syrian Kurdish militia are no Iraqi Peshmerga named a sentence before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from frontwatch.kb.actors.antecedents import COUNTRY_NOTE, Found
from frontwatch.kb.actors.classgates import noted
from frontwatch.nlp.charspans import expanded_range

if TYPE_CHECKING:
    from frontwatch.kb.actors.kb import ActorKB


def note_placed_classes(kb: ActorKB, doc: Any, found: list[Found]) -> None:
    """Note, in place, the country a generic mention's own "in <state>" names."""
    if not doc.has_annotation("DEP") or not kb.rules.placed_in:
        return
    states = [
        (f.mention.start, f.mention.end, country)
        for f in found
        if (country := _state_country(kb, f.mention.actor_id))
    ]
    if not states:
        return
    for f in found:
        m = f.mention
        if f.method != "generic" or COUNTRY_NOTE in m.note:
            continue
        bounds = expanded_range(doc, m.start, m.end)
        if bounds is None:
            continue
        country = _placed_country(kb, doc[bounds[0] : bounds[1]].root, states)
        if country:
            m.note = noted(m, f"{COUNTRY_NOTE}{country}")


def _placed_country(kb: ActorKB, head: Any, states: list[tuple[int, int, str]]) -> str:
    """The country of the state a preposition of ``placed_in`` on the head names, or ''."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in kb.rules.placed_in:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            for start, end, country in states:
                if start <= obj.idx < end:
                    return country
    return ""


def _state_country(kb: ActorKB, actor_id: str) -> str:
    actor = kb.actors.get(actor_id) if actor_id else None
    return actor.country if actor is not None and actor.type == "state" else ""
