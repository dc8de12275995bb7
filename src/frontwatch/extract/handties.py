"""Fights ties a change of hands implies once the article has filled in its sides.

A place changing hands sets two sides against each other even when the sentence names
one: "Russian forces withdrew from Kherson" (left to Ukraine, the withdrawing side's main
opponent in the article), "Mazar-e-Sharif falls to the Taliban" (taken from the side the
article sets against the Taliban), "the Houthis have been trying to capture Marib", a city
the article says the government holds. The sentence readers and ``ties.py`` run before the
article-level passes fill those sides in (``withdrawals.leave_to_the_opponent``,
``opponents.face_main_opponents``); this pass, run after them, ties:

- the two sides of each capture or withdrawal (not a ``lost`` observation, which names no
  taker), a capture with no loser named being taken from the place's holder the article
  names, else from the taker's main opponent in the article;
- the two sides of each taking of ground or battle the article completed ("Ukrainian
  forces had retaken 3,000 square kilometres"; ``opponents.fight_between_forces``: a strike
  or a killing may hit anyone, so it gives no tie here).

Friends never fight this way (the article's backing, alliance or membership ties, or the
knowledge base's edges), nor do sides of no war (``armed.armed``). The tie keeps the
change's certainty, except that an effort under way to take a place ("have been trying
to capture T") is a fight already: it takes the effort's certainty
(``relations.effort_claim``). A pair the article already ties as fact gets no second tie.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from frontwatch.extract.armed import (
    FIGHTS,
    armed,
    doubted_pairs,
    fights_tie,
    friendly_pairs,
    kb_friends,
    one_party,
    plain_claim,
    takes_sides,
)
from frontwatch.extract.context import GENERIC_PREFIX, ArticleContext
from frontwatch.extract.opponents import (
    fight_between_forces,
    main_opponent,
    parties_named,
    party_of,
)
from frontwatch.extract.parentnames import party_mentions
from frontwatch.extract.relations import effort_claim
from frontwatch.extract.sides import CIVILIANS
from frontwatch.kb.actors.antecedents import could_stand_for
from frontwatch.nlp.charspans import expanded_span
from frontwatch.records import Claim, ControlChange, Event, Evidence, Mention, Relation, TimeRef

_CHANGES = frozenset({"capture", "withdrawal"})
_DENIED = "negated"
_HOSTILE = "ASSAULT"
_AIM_CUE = "to"  # the certainty cue of a deed under a verb of aim ("trying to capture")

Side = tuple[str, str]  # actor id, the text naming it ('' when the article filled it in)


def ties_of_changes(
    controls: list[ControlChange],
    events: list[Event],
    relations: list[Relation],
    ctx: ArticleContext,
) -> list[Relation]:
    """The fights ties of the article's changes of hands and takings of ground whose two
    sides are known once the article is read (see the module docstring)."""
    top = ctx.kb.top_of
    fights = [r for r in relations if r.kind == FIGHTS and r.source_actor and r.target_actor]
    told = {frozenset((top(r.source_actor), top(r.target_actor))) for r in fights}
    known = {
        frozenset((top(r.source_actor), top(r.target_actor)))
        for r in fights
        if plain_claim(r.claim)
    }
    doubted = doubted_pairs(fights, top)
    friends = friendly_pairs(relations, ctx)
    out = []
    for key, (a, a_text), (b, b_text), claim, deed in _sided_deeds(
        controls, events, relations, ctx
    ):
        if not armed(a, ctx) or not armed(b, ctx) or CIVILIANS in (a, b):
            continue
        pair = frozenset((top(a), top(b)))
        if len(pair) < 2 or one_party(a, b, ctx.kb) or pair in known:
            continue
        if pair in told and not plain_claim(claim):
            continue
        if pair in doubted and not (a_text and b_text):
            continue  # "reportedly strafed X" only: a side the article fills in is no proof
        if pair in friends or kb_friends(top(a), top(b), ctx):
            continue
        if _class_of_named(a, ctx) or _class_of_named(b, ctx):
            continue
        if deed.guessed and (
            _named_apart((a, a_text), (b, b_text), deed, ctx)
            or _named_apart((b, b_text), (a, a_text), deed, ctx)
        ):
            continue
        tie = fights_tie(deed, (a, b), (a_text, b_text), replace(claim), (f"hands:{key}", 0), ctx)
        if not takes_sides(tie, ctx):
            continue
        told.add(pair)
        if plain_claim(claim):
            known.add(pair)
        out.append(tie)
    return out


@dataclass(frozen=True, slots=True)
class _Deed:
    """What a tie keeps of the deed it comes from."""

    evidence: Evidence
    time: TimeRef
    trigger: str
    # a battle, or a capture whose loser the article's opponent stands for: a side filled
    #   in by a guess, not by the withdrawing side's own leaving
    guessed: bool = False


def _sided_deeds(
    controls: list[ControlChange],
    events: list[Event],
    relations: list[Relation],
    ctx: ArticleContext,
) -> Iterator[tuple[str, Side, Side, Claim, _Deed]]:
    holders = _holders(controls, ctx)
    opponents: dict[str, str] = {}
    for change in controls:
        if change.kind not in _CHANGES or change.evidence is None:
            continue
        if change.claim.certainty == _DENIED or not change.new_controller:
            continue
        loser: Side = (change.previous_controller, change.previous_controller_text)
        guessed = not loser[0] and change.kind == "capture"
        if guessed:
            loser = (_loser(change, holders, (opponents, relations), ctx), "")
        if loser[0]:
            taker = (change.new_controller, change.new_controller_text)
            deed = _Deed(change.evidence, change.time, change.trigger, guessed)
            yield change.id, taker, loser, _effort(change, ctx) or change.claim, deed
    for event in events:
        if event.type != _HOSTILE or event.evidence is None or event.casualties.civilians:
            continue
        if event.claim.certainty == _DENIED or not (event.source_actor and event.target_actor):
            continue
        if _guessed_abroad(event, ctx):
            continue  # a side filled in by the article's main opponent, from abroad
        if fight_between_forces(event.mode, event.trigger):
            doer = (event.source_actor, event.source_text)
            target = (event.target_actor, event.target_text)
            deed = _Deed(event.evidence, event.time, event.trigger, guessed=True)
            yield event.id, doer, target, event.claim, deed


def _class_of_named(side: str, ctx: ArticleContext) -> bool:
    """A class the article also names by name ("insurgents" where it names ISIL): the
    named side's tie says it, the class's would say it again under another name."""
    if not side.startswith(GENERIC_PREFIX):
        return False
    return any(
        m.actor_id
        and not m.actor_id.startswith(GENERIC_PREFIX)
        and could_stand_for(ctx.kb, side, m.actor_id)
        for m in ctx.actor_mentions
    )


def _named_apart(side: Side, other: Side, deed: _Deed, ctx: ArticleContext) -> bool:
    """A side of a battle or capture the article filled in (its text empty) that the deed's
    own sentence names in another role: listed with the side the sentence names ("Afghan,
    British and U.S. forces captured T": the Afghans are the takers' partners) or doing
    nothing ("as the Houthis took the capital, the army did not intervene"). A withdrawal's
    filled taker is the side the leaving one faces, which its sentence may well name
    ("withdrew as Ukrainian forces pushed south"), as may a speaker ("officials said")."""
    actor_id, text = side
    if text or not other[1]:
        return False
    top = ctx.kb.top_of
    start, end = deed.evidence.start, deed.evidence.end
    here = [m for m in ctx.actor_mentions if m.actor_id and start <= m.start < end]
    mine = [m for m in here if top(m.actor_id) == top(actor_id)]
    theirs = [m for m in here if m.text == other[1] or top(m.actor_id) == top(other[0])]
    return any(_idle(m, ctx) for m in mine) or any(
        _listed(m, o, here, ctx) for m in mine for o in theirs
    )


def _idle(mention: Mention, ctx: ArticleContext) -> bool:
    """The mention is the subject of a denied verb ("the army did not intervene")."""
    span = expanded_span(ctx.doc, mention.start, mention.end)
    if span is None or not len(span):
        return False
    root = span.root
    return root.dep_.startswith("nsubj") and any(c.dep_ == "neg" for c in root.head.children)


def _listed(a: Mention, b: Mention, mentions: list[Mention], ctx: ArticleContext) -> bool:
    """The two mentions are items of one list: nothing but punctuation, conjunctions and
    other named actors between them ("Afghan, British and U.S. forces")."""
    first, second = (a, b) if a.start < b.start else (b, a)
    if first.end > second.start:
        return False
    named = [(m.start, m.end) for m in mentions]
    span = expanded_span(ctx.doc, first.end, second.start)
    between = [t for t in span or () if t.idx >= first.end and t.idx < second.start]
    return all(
        t.is_punct or t.dep_ == "cc" or any(s <= t.idx < e for s, e in named) for t in between
    )


def _holders(controls: list[ControlChange], ctx: ArticleContext) -> dict[str, set[str]]:
    """The sides the article says hold each place ("Marib, controlled by the government"),
    by place id; a denied holding says nothing."""
    found: dict[str, set[str]] = {}
    for change in controls:
        held = change.kind == "held" and change.place_id and change.new_controller
        if held and change.claim.certainty != _DENIED:
            found.setdefault(change.place_id, set()).add(change.new_controller)
    return found


def _loser(
    change: ControlChange,
    holders: dict[str, set[str]],
    found: tuple[dict[str, str], list[Relation]],
    ctx: ArticleContext,
) -> str:
    """Whom a capture with no loser named took the place from: the one other side the
    article says holds it, else the taker's main opponent in the article ('' if none)."""
    top = ctx.kb.top_of
    taker = top(change.new_controller)
    others = {h for h in holders.get(change.place_id, set()) if top(h) != taker}
    if len({top(h) for h in others}) == 1:
        return next(iter(others))
    side = party_of(change.new_controller, ctx.kb, ctx.published)
    if not side:
        return ""
    opponents, relations = found  # each side's opponent, worked out once per article
    if side not in opponents:
        named = parties_named(party_mentions(ctx), ctx.place_at.values(), ctx.kb, ctx.published)
        opponents[side] = main_opponent(side, named, relations, ctx.kb, ctx.published)
    place = ctx.places.get(change.place_id or "")
    return opponents[side] if _at_home(opponents[side], place.country if place else "", ctx) else ""


def _guessed_abroad(event: Event, ctx: ArticleContext) -> bool:
    """An act whose target or doer no word names (filled in as the other side's main
    opponent) and who is not at home where the act took place."""
    place = ctx.places.get(event.place_id or "")
    country = place.country if place else ""
    guessed = [a for a, text in ((event.source_actor, event.source_text), (event.target_actor, event.target_text)) if not text]
    return any(not _at_home(side, country, ctx) for side in guessed)


def _at_home(side: str, country: str, ctx: ArticleContext) -> bool:
    """A guessed loser must be one that could have held the place: a side of the place's own
    country or one of no country (an armed group); not a state abroad that the copy names
    most (US military releases name the US more than anyone). A place of unknown country
    decides nothing."""
    actor = ctx.kb.get(ctx.kb.top_of(side)) or ctx.kb.get(side)
    home = actor.country if actor is not None else ""
    return bool(side) and (not country or not home or home == country)


def _effort(change: ControlChange, ctx: ArticleContext) -> Claim | None:
    """The claim of the effort under way a capture is the aim of ("have been trying to
    capture T"), None when the capture is no such aim."""
    if change.claim.cue != _AIM_CUE or change.evidence is None:
        return None
    span = expanded_span(ctx.doc, change.evidence.start, change.evidence.end)
    token = next((t for t in span or () if t.text == change.trigger), None)
    return effort_claim(token, ctx) if token is not None else None


__all__ = ["ties_of_changes"]
