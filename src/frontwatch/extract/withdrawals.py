"""Who a place is left to, and what a loss with no taker is.

A withdrawal names the side that left; reporting rarely repeats who came in. Once the
article is read, the new holder is the withdrawing side's main opponent in it (the party
it names most besides that side and its friends, ``opponents.main_opponent``); where no
party is clearly so, the new holder stays unknown. The sentence does not name the new
holder, so ``new_controller_text`` stays empty.

"X lost control of T", "Y were driven out of T": the taker is the side the same or the
previous sentence names attacking or fighting the loser (``take_from_the_attacker``).
A loss that still names no taker once the article is read is not a change of hands (the
place may be left empty, or the text does not say): it is kept as a ``lost`` observation,
the loser no longer holding the place from that date (``losses_without_taker``).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator

from frontwatch.extract.context import ArticleContext
from frontwatch.extract.opponents import main_opponent, parties_named, party_of
from frontwatch.extract.parentnames import party_mentions
from frontwatch.records import ControlChange, Event, Relation

_CHANGES = frozenset({"capture", "withdrawal"})
_HOSTILE_EVENTS = frozenset({"ASSAULT"})
_HOSTILE_TIES = frozenset({"fights"})
_DENIED = "negated"
LOST = "lost"  # the loser no longer holds the place; no taker named


def leave_to_the_opponent(
    controls: list[ControlChange], relations: list[Relation], ctx: ArticleContext
) -> None:
    """Give each withdrawal with no new holder its side's main opponent, in place."""
    open_ended = [c for c in controls if c.kind == "withdrawal" and not c.new_controller]
    if not open_ended:
        return
    kb, date = ctx.kb, ctx.published
    named = parties_named(party_mentions(ctx), ctx.place_at.values(), kb, date)
    found: dict[str, str] = {}
    for change in open_ended:
        side = party_of(change.previous_controller, kb, date)
        if not side:
            continue
        if side not in found:
            found[side] = main_opponent(side, named, relations, kb, date)
        change.new_controller = found[side]


def take_from_the_attacker(
    controls: list[ControlChange],
    events: list[Event],
    relations: list[Relation],
    sentence_starts: list[int],
    side_of: Callable[[str], str],
) -> None:
    """Give each loss with no taker, in place, the one side that fights the loser in the
    previous sentence or fights anyone in the loss's own sentence ("lost control of T as
    X stormed its positions"); ``side_of`` maps an actor to its side."""
    open_ended = [c for c in _open_losses(controls) if c.evidence is not None]
    if not open_ended:
        return
    fights = list(_hostile_pairs(events, relations, sentence_starts))
    for change in open_ended:
        here = bisect.bisect_right(sentence_starts, change.evidence.start)  # type: ignore[union-attr]
        loser = side_of(change.previous_controller)
        attackers = list(_attackers(fights, here, loser, side_of))
        takers = {side_of(a) for a in attackers} - {loser, ""}
        if len(takers) == 1:
            change.new_controller = next(a for a in attackers if side_of(a) in takers)


def _attackers(
    fights: list[tuple[int, str, str]], here: int, loser: str, side_of: Callable[[str], str]
) -> Iterator[str]:
    for sentence, a, b in fights:
        if sentence == here:
            yield from (side for side in (a, b) if side)
        elif sentence == here - 1 and a and b:
            yield from (enemy for one, enemy in ((a, b), (b, a)) if side_of(one) == loser)


def losses_without_taker(controls: list[ControlChange]) -> None:
    """Turn, in place, each change that names the loser but, once the article is read,
    no taker into a ``lost`` observation: not a change of hands."""
    for change in _open_losses(controls):
        change.kind = LOST


def _open_losses(controls: list[ControlChange]) -> Iterator[ControlChange]:
    return (
        c for c in controls if c.kind in _CHANGES and c.previous_controller and not c.new_controller
    )


def _hostile_pairs(
    events: list[Event], relations: list[Relation], sentence_starts: list[int]
) -> Iterator[tuple[int, str, str]]:
    """(sentence index, side, side) of each assault on no civilians or fights tie; a side
    the text leaves unnamed is ''."""
    for event in events:
        if event.type in _HOSTILE_EVENTS and _told(event) and not event.casualties.civilians:
            here = bisect.bisect_right(sentence_starts, event.evidence.start)  # type: ignore[union-attr]
            yield here, event.source_actor, event.target_actor
    for rel in relations:
        if rel.kind in _HOSTILE_TIES and _told(rel) and rel.source_actor and rel.target_actor:
            here = bisect.bisect_right(sentence_starts, rel.evidence.start)  # type: ignore[union-attr]
            yield here, rel.source_actor, rel.target_actor


def _told(fact: Event | Relation) -> bool:
    return fact.evidence is not None and fact.claim.certainty != _DENIED
