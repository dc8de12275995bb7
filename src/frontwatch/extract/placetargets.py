"""Targets that name a place, not a side: "strikes on Damascus" (the city, not the
government), "blasts hit the Syrian capital" (whose city, not the state). Used by
extract/arguments.py to leave such an act's target open."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.context import ArticleContext, first_actor
from frontwatch.extract.eventplace import PLACE_CUES
from frontwatch.extract.holders import launched_weapon
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.prepobjects import pobjs
from frontwatch.extract.tieguards import guard_words
from frontwatch.kb.places.directions import direction_words
from frontwatch.nlp.charspans import expanded_span
from frontwatch.records import Mention

_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})


def names_a_place(mention: Mention, ctx: ArticleContext) -> bool:
    """A country or city the gazetteer also read as a place, in a place slot or named as a
    part of it ("bombed northern Syria": the ground, not the state)."""
    span = expanded_span(ctx.doc, mention.start, mention.end)
    if span is None or not any(t.i in ctx.place_at for t in span):
        return False
    if _a_part_of(span) or _beside_a_town(span, ctx):
        return True
    heads = [t for t in span if t.head.i < span.start or t.head.i >= span.end]
    # only a name whose head word is the place: "members of an Iran-backed militia" names a
    # side that a place merely qualifies, whatever preposition it follows
    for word in (t for t in heads if t.i in ctx.place_at):
        head = word
        while head.dep_ in _MODIFIER_DEPS and head.head.i != head.i:
            head = head.head
        if head.dep_ == "pobj" and head.head.lower_ in PLACE_CUES:
            return not _a_state_aimed_at(mention, head.head, ctx)
    return False


def state_beside_a_town(mention: Mention, ctx: ArticleContext) -> bool:
    """ "to liberate Raqqa, Syria, from ISIS", "entered Mosul, Iraq": a state set beside a
    town the gazetteer read says where the town lies; it is neither the side freed nor the
    side attacked."""
    span = expanded_span(ctx.doc, mention.start, mention.end)
    return span is not None and _beside_a_town(span, ctx)


def _beside_a_town(span: Any, ctx: ArticleContext) -> bool:
    """The span is a state set off by a comma right after a town the gazetteer read ("Raqqa,
    Syria,"), in apposition or misparsed as the town's conjunct; not a list ("T, Syria and
    Iraq")."""
    doc, last = ctx.doc, len(ctx.doc) - 1
    heads = [t for t in span if t.head.i < span.start or t.head.i >= span.end]
    return any(
        t.dep_ in ("appos", "conj")
        and t.head.i == t.i - 2
        and doc[t.i - 1].text == ","
        and t.head.i in ctx.place_at
        and t.head.i not in ctx.actor_at
        and (t.i == last or doc[t.i + 1].lower_ not in ("and", "or"))
        for t in heads
    )


def _a_part_of(span: Any) -> bool:
    """ "northern Syria", "the east of Ukraine"-like parts: a direction word on the name
    (kb/places/data/directions.yaml) makes it a region of the country, which is ground."""
    words = direction_words()
    before = span.doc[span.start - 1] if span.start > 0 else None
    marked = any(c.lower_ in words for t in span for c in t.children if c.dep_ in _MODIFIER_DEPS)
    return marked or (before is not None and before.lower_ in words and before.dep_ in _MODIFIER_DEPS)


def _a_state_aimed_at(mention: Mention, prep: Any, ctx: ArticleContext) -> bool:
    """ "fired a barrage of rockets at Israel", "launched missiles into Saudi Arabia": a
    country after a preposition of aim (``state_aim_preps`` in events.yaml) is the state
    hit, not where the act was; "strikes on Damascus" still name the city."""
    actor = ctx.kb.get(mention.actor_id)
    aims = get_lexicon().events["state_aim_preps"]
    if actor is None or actor.type != "state" or prep.lower_ not in aims:
        return False
    # only what is fired is aimed: "retreated into Thailand" moves into a place
    head = prep.head
    fired = [head, *(c for c in head.children if c.dep_ == "dobj")]
    return any(launched_weapon(t) for t in fired)


def state_of_a_place(mention: Mention, ctx: ArticleContext) -> bool:
    """ "blasts hit the Syrian capital", "shelled Iraq's second city", "struck the Turkish
    border town of T": a state named as whose place was hit, not as the side hit."""
    actor = ctx.kb.get(mention.actor_id)
    span = expanded_span(ctx.doc, mention.start, mention.end)
    if actor is None or actor.type != "state" or span is None:
        return False
    places = guard_words("location_nouns")
    return any(
        t.dep_ in _MODIFIER_DEPS and lemma_of(t.head) in places and t.head.i not in ctx.actor_at
        for t in span
        if not span.start <= t.head.i < span.end
    )


def taken_from(taking: Any, target: Mention, ctx: ArticleContext) -> Mention | None:
    """Whom a taking of a place named with its state ("seized the Syrian town of T") was
    from: the side after "from" ("... from the YPG"), not the state; none for a freeing
    ("liberated the Iraqi city of T": from its occupier, not from Iraq; ``freeing_verbs``
    in events.yaml); else the state, whose town was stormed."""
    if not state_of_a_place(target, ctx):
        return target
    loser = first_actor(pobjs(taking, frozenset({"from"})), ctx)
    if loser is not None:
        return loser
    return None if lemma_of(taking) in get_lexicon().events["freeing_verbs"] else target
