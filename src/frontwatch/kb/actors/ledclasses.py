"""A class of fighters whose own phrase names who leads it ("the Turkish-led forces",
"Iraqi-led troops"): the leader's side, never another group.

The phrase reader (phrases.yaml, ``led: led_by``) keeps such a mention as its class with
a ``led_by:<leader>`` note unless a refinement names the leader's coalition ("US-led
strikes"). Taken as a bare class, "the forces" would stand for the last armed group
named before it -- often the enemy the leader fought ("IS held the town ... the
Turkish-led forces captured it" became a capture by IS). So the class stands only for an
antecedent that is the leader or one of its arms ("Turkish troops ... the Turkish-led
forces"), not a group the leader merely backs (the leader is who leads), and with none
a class of plain forces ("troops", "units") led by a state is that state's military arm.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from frontwatch.kb.actors.classgates import noted
from frontwatch.kb.actors.phrases import Refinement
from frontwatch.records import Mention

if TYPE_CHECKING:
    from frontwatch.kb.actors.kb import ActorKB

_LED = "led_by"  # the relation phrases.yaml gives "led", "commanded", "run"
LED_LINK = f"{_LED}:"  # the note phrasematch writes for "<name>-led <head>"
_LEADING_TYPES = frozenset({"state", "state_agency", "state_forces", "armed_group"})


def leader_of(m: Mention) -> str:
    """The one leader a class's own phrase names ("Turkish-led" -> TUR), or ''."""
    said = {note.split(":", 1)[1] for note in m.note.split(";") if note.startswith(LED_LINK)}
    return next(iter(said)) if len(said) == 1 else ""


def led_as_said(kb: ActorKB, m: Mention, actor_id: str) -> bool:
    """Whether a class may stand for the actor: any, unless its phrase names a leader,
    which the actor must then be (or be an arm of), or a coalition phrases.yaml says the
    leader leads ("the US-led coalition ... Operation Inherent Resolve")."""
    leader = leader_of(m)
    return (
        not leader
        or leader in (actor_id, kb.top_of(actor_id))
        or actor_id in _led_coalitions(kb, leader)
    )


def _led_coalitions(kb: ActorKB, leader: str, date: dt.date | None = None, dated: bool = False) -> set[str]:
    """The coalitions phrases.yaml says the leader leads; ``dated``: only from the day each
    formed; undated copy none (the phrase reader decides there, with the sentence's year)."""
    return {
        rule.becomes
        for rule in kb.rules.refinements
        if rule.relation == _LED and leader in rule.actors and (not dated or _formed(rule, date))
    }


def _formed(rule: Refinement, date: dt.date | None) -> bool:
    if date is None:
        return False  # undated copy: a sentence's own year may say otherwise (kb/actors/mentions.py)
    return rule.since is None or date >= rule.since


def fall_back_to_leader(
    kb: ActorKB, m: Mention, fits: Callable[[str], bool], date: dt.date | None
) -> bool:
    """With no antecedent of the leader's, "the US-led coalition" is the coalition the
    leader leads at the date (when the class ``fits`` it), "the Turkish-led forces"
    Turkey's army. Only a class of no sector of its own ("forces", "troops", "units") is a
    state leader's own army: "Turkish-led rebels" stay rebels, "rebel factions led by the
    Nusra Front" are more than Nusra, and a class of coalitions (its pack entry lists the
    ``ids`` it may be) stays no one ("a coalition led by Russia"); a leader that is itself
    a class ("Islamist-led insurgents") or no armed side decides nothing here."""
    leader = kb.actors.get(leader_of(m))
    if leader is None or leader.type not in _LEADING_TYPES:
        return False
    coalitions = sorted(c for c in _led_coalitions(kb, leader.id, date, dated=True) if fits(c))
    if len(coalitions) == 1:
        own = coalitions[0]
    elif leader.type == "armed_group" or kb.actors[m.actor_id].sector:
        return False  # "rebel factions led by Nusra" are more than Nusra, "Turkish-led rebels" rebels
    elif kb.entries[m.actor_id].antecedent.get("ids"):
        return False
    else:
        own = kb.arm_of(kb.top_of(leader.id), "military")
    m.actor_id, m.resolution = own, "context"
    m.note = noted(m, f"leader:{leader.id}")
    return True
