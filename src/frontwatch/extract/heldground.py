"""The target of a one-sided act on ground its own sentence says a side holds.

"The army is shelling the rebel-held district of Waer", "Russian jets bombed the
rebel-held town of Saraqeb", "troops besieged the IS-held town of Hit": the sentence names
the act's other side only as the holder of the ground it hits, so the act's own parse
finds no target, and the article's one enemy of the doer (``sides.py``) or its main
opponent (``opponents.py``) would be a guess against what the sentence says. The holder of
a held observation of the same sentence (plain, or told as surely as the act), at the act's place (or at the town the act's
place lies in: "the district of Waer in Homs"), is the target. Not when the holder is the
doer's own side or tied to it (the knowledge base's friendly edges, the article's backs and
allied ties): a side's own ground is where it fights from, not what it hits; ground held by
"the government" (``held_ground`` in events.yaml) names no target: it is the own of any
state's forces, and for rebels shelling a "government-held district" the class says no
more than the place (the children a toll told after it counts are that act's victims,
tests/test_extract_retold_tolls.py). An act the sentence tells without its doer
("relentless air strikes against the rebel-held section of the city continued", "mortar
shells hit T, which is held by X") hits the holder all the same: no doer's side is there to
own the ground, and a state's own ground still names no target. Acts on
civilians keep them as their target. The filled side keeps an empty ``target_text``: the
sentence names the ground, not the side as the one hit.
"""

from __future__ import annotations

import datetime as dt

from frontwatch.extract.armed import kb_tied
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.opponents import party_of
from frontwatch.kb.actors.kb import ActorKB
from frontwatch.records import ControlChange, Event, Relation

_DENIED = "negated"


def target_the_ground_holder(
    events: list[Event],
    controls: list[ControlChange],
    relations: list[Relation],
    kb: ActorKB,
    date: dt.date | None,
) -> None:
    """Give, in place, each hostile act with no target the holder of the ground its
    sentence says it hits (see the module docstring)."""
    held = [
        c
        for c in controls
        if c.kind == "held" and c.new_controller and c.evidence and c.claim.certainty != _DENIED
    ]
    if not held:
        return
    hostile = frozenset(get_lexicon().events["opponents"]["act_types"])
    ties = friendly_ties(relations, kb)
    for event in events:
        if event.type not in hostile or event.target_actor:
            continue
        if event.casualties.civilians or event.evidence is None:
            continue
        holder = _holder_at(event, held)
        if not holder or holder in get_lexicon().events["held_ground"]["government_classes"]:
            continue  # "government-held": a state's forces' own, and no side for others to hit
        if not event.source_actor or not same_side(event.source_actor, holder, ties, kb, date):
            event.target_actor = holder


def _holder_at(event: Event, held: list[ControlChange]) -> str:
    """The one side the act's sentence says holds the act's place, or ''."""
    assert event.evidence is not None
    sentence = event.evidence.sentence
    holders = {
        c.new_controller
        for c in held
        if c.evidence is not None
        and c.evidence.start == event.evidence.start
        and _told_as_surely(c.claim.certainty, event.claim.certainty)
        and _same_ground(event, c, sentence)
    }
    return next(iter(holders)) if len(holders) == 1 else ""


def _told_as_surely(held: str, act: str) -> bool:
    """A plain holding, or one as hedged as the act itself ("X were reported killed in the
    shelling on the regime-held village"): the sentence's one voice tells both."""
    return held in ("asserted", "attributed") or held == act


def _same_ground(event: Event, change: ControlChange, sentence: str) -> bool:
    """The held place is the act's place, or the town the act's place is said to lie in."""
    if not event.place_id:
        return False
    if event.place_id == change.place_id:
        return True
    inside = f"{event.place_text} in {change.place_text}"
    return bool(event.place_text and change.place_text) and inside in sentence


def same_side(
    doer: str, holder: str, ties: set[frozenset[str]], kb: ActorKB, date: dt.date | None
) -> bool:
    """The holder is the doer's own side or tied to it (the knowledge base's friendly
    edges, the friendly ``ties`` of the article)."""
    ours, theirs = party_of(doer, kb, date) or kb.top_of(doer), kb.top_of(holder)
    if ours == theirs or frozenset((kb.top_of(doer), theirs)) in ties:
        return True
    return frozenset((ours, theirs)) in ties or kb_tied([doer, ours], {theirs}, kb, date)


def friendly_ties(relations: list[Relation], kb: ActorKB) -> set[frozenset[str]]:
    """The pairs of top actors the article ties as friends (backs, allied)."""
    friendly = frozenset(get_lexicon().events["opponents"]["friendly_relations"])
    return {
        frozenset((kb.top_of(r.source_actor), kb.top_of(r.target_actor)))
        for r in relations
        if r.kind in friendly
    }
