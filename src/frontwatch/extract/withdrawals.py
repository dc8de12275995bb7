"""Who a place is left to: "Russian forces withdrew from Kherson" in an article about the
war between Russia and Ukraine leaves Kherson to Ukraine.

A withdrawal names the side that left; reporting rarely repeats who came in. Once the
article is read, the new holder is the withdrawing side's main opponent in it (the party
it names most besides that side and its friends, ``opponents.main_opponent``); where no
party is clearly so, the new holder stays unknown. The sentence does not name the new
holder, so ``new_controller_text`` stays empty.
"""

from __future__ import annotations

from frontwatch.extract.context import ArticleContext
from frontwatch.extract.opponents import main_opponent, parties_named, party_of
from frontwatch.records import ControlChange, Relation


def leave_to_the_opponent(
    controls: list[ControlChange], relations: list[Relation], ctx: ArticleContext
) -> None:
    """Give each withdrawal with no new holder its side's main opponent, in place."""
    open_ended = [c for c in controls if c.kind == "withdrawal" and not c.new_controller]
    if not open_ended:
        return
    kb, date = ctx.kb, ctx.published
    named = parties_named(ctx.actor_mentions, ctx.place_at.values(), kb, date)
    found: dict[str, str] = {}
    for change in open_ended:
        side = party_of(change.previous_controller, kb, date)
        if not side:
            continue
        if side not in found:
            found[side] = main_opponent(side, named, relations, kb, date)
        change.new_controller = found[side]
