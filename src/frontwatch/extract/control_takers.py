"""A class named as the taker where the sentence names the group: "Congo rebels have taken
Goma ..., a spokesman for the M23 rebel group said" took Goma for M23, not for "rebels".

A change whose taker is a class of fighters (a generic actor of the knowledge base with a
sector: rebels, jihadists, militias) takes the armed group (never a state's forces) its own
sentence names of that sector, where it is the only armed group named besides the loser's
side. Several groups ("the Nusra Front and Ahrar al-Sham shelled posts nearby"), or none, leave the
class as it is, and so does a class of no sector, such as a people ("Kurdish fighters ...
backed by U.S. airstrikes" are not the United States).
"""

from __future__ import annotations

import datetime as dt

from frontwatch.extract.opponents import party_of
from frontwatch.kb.actors.kb import ActorKB
from frontwatch.records import ControlChange, Mention

_CHANGES = frozenset({"capture", "withdrawal"})
_GENERIC = "generic"
_GROUPS = frozenset({"armed_group"})  # a class of fighters names no state's forces


def name_the_class_taker(
    controls: list[ControlChange], mentions: list[Mention], kb: ActorKB, date: dt.date | None
) -> None:
    """Give each change taken by a class, in place, the one group of its kind its
    sentence names (see the module docstring)."""
    for change in controls:
        if (
            change.kind not in _CHANGES
            or change.evidence is None
            or not _a_class(change.new_controller, kb)
        ):
            continue
        start, end = change.evidence.start, change.evidence.end
        named = [m.actor_id for m in mentions if m.actor_id and start <= m.start < end]
        groups = _groups_named(named, change.previous_controller, kb, date)
        if len(groups) == 1 and _same_sector(change.new_controller, next(iter(groups)), kb):
            change.new_controller = groups.pop()


def _a_class(actor_id: str, kb: ActorKB) -> bool:
    actor = kb.get(actor_id) if actor_id else None
    return actor is not None and actor.type == _GENERIC and bool(actor.sector)


def _groups_named(named: list[str], loser: str, kb: ActorKB, date: dt.date | None) -> set[str]:
    """The armed groups (not classes, not states' forces) named, the loser's side left out."""
    losing = party_of(loser, kb, date) if loser else ""
    return {
        actor_id
        for actor_id in named
        if _a_group(actor_id, kb) and party_of(actor_id, kb, date) not in ("", losing)
    }


def _a_group(actor_id: str, kb: ActorKB) -> bool:
    actor = kb.get(actor_id)
    return actor is not None and actor.type in _GROUPS


def _same_sector(generic: str, group: str, kb: ActorKB) -> bool:
    return kb.get(generic).sector == kb.get(group).sector  # type: ignore[union-attr]
