"""Who holds a place, as a noun phrase takes it for granted: "rebel-held Douma", "the
ISIS-controlled town of Tabqa", "under Kurdish control", "the last ISIS pocket near T".

These are observations of holding, never changes of hands.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.arguments import first_actor, pobjs
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.control_objects import first_place
from frontwatch.extract.lexicon import lemma_of
from frontwatch.extract.observations import Observation, actor_of, control_words, place_in
from frontwatch.extract.verbsubjects import subject_of
from frontwatch.kb.places.cues import DIRECTION_WORDS
from frontwatch.records import Mention


def held_adjective(adj: Any, ctx: ArticleContext) -> Iterator[Observation]:
    """ "rebel-held Douma", "the ISIS-controlled town of Tabqa", "areas held by X"; not
    "the YPG-dominated SDF in P": an actor so described holds no place by it."""
    if _describes_an_actor(adj.head, ctx):
        return
    agents = pobjs(adj, frozenset({"by"}))
    mods = [c for c in adj.children if c.dep_ in ("npadvmod", "compound", "nmod", "amod", "advmod")]
    if not mods and adj.i > 1 and adj.doc[adj.i - 1].text == "-":
        mods = [adj.doc[adj.i - 2]]
    holder = (
        first_actor(agents, ctx)
        if agents
        else next((m for m in (actor_near(ctx, c, depth=0) for c in mods) if m), None)
    )
    held = _past_a_direction(adj.head)
    place = _appos_place(held, ctx) or place_in(held, ctx)
    if place is not None and holder is not None:
        yield Observation("held", adj, place, holder, presupposed=True)


def _past_a_direction(noun: Any) -> Any:
    """ "government-controlled west Aleppo": the parser hangs the adjective on "west"."""
    if noun.lower_ in DIRECTION_WORDS and noun.dep_ in ("compound", "amod", "nmod"):
        return noun.head
    return noun


def _describes_an_actor(noun: Any, ctx: ArticleContext) -> bool:
    """The head is an actor ("the YPG-dominated SDF") or a class of them ("Iran-controlled
    militias"), not a place."""
    if noun.i in ctx.place_at:
        return False
    return noun.i in ctx.actor_at or ctx.kb.resolve(noun.text, date=ctx.published) is not None


def _appos_place(noun: Any, ctx: ArticleContext) -> Mention | None:
    """ "T, another rebel-held city in P": the city described is T, not P."""
    if noun.dep_ != "appos":
        return None
    mention = ctx.place_at.get(noun.head.i)
    return mention if mention is not None and noun.head.i not in ctx.actor_at else None


def under_control(control: Any, ctx: ArticleContext) -> Iterator[Observation]:
    """ "T is under X control" holds; "T came under the control of X" changes hands
    ("the town", "it": the place named before)."""
    holder = first_actor(pobjs(control, frozenset({"of"})), ctx) or first_actor(
        [c for c in control.children if c.dep_ in ("compound", "poss", "amod", "nmod")], ctx
    )
    anchor = control.head.head
    back = anchor.dep_ == "advmod" and anchor.lower_ in control_words("return_adverbs")
    anchor = anchor.head if back else anchor  # "T was back under X control": "under" on "back"
    target = subject_of(anchor) if anchor.pos_ in ("VERB", "AUX") else anchor
    place = first_place([target], ctx) if target is not None else None
    coming = anchor.pos_ == "VERB" and lemma_of(anchor) in control_words("coming_under_verbs")
    returned = (back or _back_under(anchor)) and not coming
    if returned and _held_since(anchor):
        returned = False  # "T has been under X control again since 2016": held, not taken now
    if place is not None and holder is not None:
        kind = "capture" if coming or returned else "held"
        yield Observation(kind, control, place, holder, returned=returned)


def _held_since(anchor: Any) -> bool:
    """ "has been under X control again since December": a holding told from a time on."""
    since = control_words("since_preps")
    return any(c.dep_ == "prep" and c.lower_ in since for c in anchor.children)


def _back_under(anchor: Any) -> bool:
    """ "T is back under X control", "T was once again under X control": it was lost
    and has changed hands again."""
    return anchor.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "advmod" and c.lower_ in control_words("return_adverbs") for c in anchor.children
    )


def in_control(control: Any, ctx: ArticleContext) -> Iterator[Observation]:
    """ "Russian troops are now in full control of T", "X remained in control of T"."""
    verb = control.head.head
    if lemma_of(verb) not in control_words("in_control_verbs"):
        return
    holder = actor_of(subject_of(verb), ctx)
    place = first_place(pobjs(control, control_words("in_control_preps")), ctx)
    if place is not None and holder is not None:
        yield Observation("held", control, place, holder)


def _named_before_comma(noun: Any, ctx: ArticleContext) -> Any:
    """The place a description stands in apposition to, whatever the parse made of it."""
    start = noun.left_edge.i
    if start < 2 or noun.doc[start - 1].text != ",":
        return None
    return ctx.place_at.get(start - 2)


def pocket(noun: Any, ctx: ArticleContext) -> Iterator[Observation]:
    """ "the last ISIS pocket near Albu Kamal", "the rebel enclave of Eastern Ghouta"."""
    mods = [c for c in noun.children if c.dep_ in ("compound", "amod", "poss", "nmod", "npadvmod")]
    holder = next((m for m in (actor_near(ctx, c, depth=0) for c in mods) if m), None)
    holder = holder or first_actor([c for c in mods if c.i not in ctx.place_at], ctx)
    if holder is None and lemma_of(noun) in control_words("owned_place_nouns"):
        # "T, a key stronghold of al-Shabaab": the "of" names whose it is
        owners = [o for o in pobjs(noun, frozenset({"of"})) if o.i not in ctx.place_at]
        owners = [o for o in owners if not any(c.dep_ == "prep" for c in o.children)]  # "of opposition to X"
        holder = first_actor(owners, ctx)
        actor = ctx.kb.get(holder.actor_id) if holder is not None and holder.actor_id else None
        if actor is None or actor.type == "party":
            holder = None  # "a stronghold of the HDP": a party's voters, no armed holder
    place = next(
        (ctx.place_at[c.i] for c in mods if c.i in ctx.place_at and c.i not in ctx.actor_at), None
    )
    if place is None:
        place = _named_before_comma(noun, ctx)  # "T, the rebels' last stronghold in P"
    if place is None and noun.dep_ == "attr" and subject_of(noun.head) is not None:
        place = place_in(subject_of(noun.head), ctx)  # "T is the main X stronghold in P"
    if place is None:
        objs = pobjs(noun, frozenset({"of", "in", "near", "around", "at"})) + [
            c for c in noun.children if c.dep_ == "appos"
        ]
        place = next((p for p in (place_in(o, ctx) for o in objs) if p is not None), None)
    if place is not None and holder is not None:
        yield Observation("held", noun, place, holder, presupposed=True)
