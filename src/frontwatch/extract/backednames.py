"""The named side a backed class stands for: "Turkish-backed rebels from the National
Liberation Front" (the group drawn from), "Saudi Arabia and eight other Arab states, backed
by the US" (the name the "other" sides are joined to)."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.arguments import pobjs
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.memberlinks import apposed_names, belonging_objects
from frontwatch.records import Mention

_CLASS_READINGS = frozenset({"generic", "modifier", "context"})


def named_before_others(noun: Any, ctx: ArticleContext) -> Mention | None:
    """ "Saudi Arabia and eight other Arab states, backed by the US": a class of "other"
    sides joined to a name stands with it; the name is the side backed."""
    if noun.dep_ != "conj" or not any(c.lower_ == "other" for c in noun.children):
        return None
    named = actor_near(ctx, noun.head, depth=0)
    return named if named is not None and not named.actor_id.startswith("GEN_") else None


def group_named_after(noun: Any, ctx: ArticleContext) -> Mention | None:
    """ "Turkish-backed rebels from the National Liberation Front", "fighters of Ahrar
    al-Sham", "Qaeda-linked gunmen belonging to the Nusra Front": a class of fighters drawn
    from a named group (no state) is that group."""
    own = actor_near(ctx, noun, depth=0)
    if own is not None and own.resolution not in _CLASS_READINGS and not own.actor_id.startswith("GEN_"):
        return None  # a name ("the SDF from Raqqa"), not a class the KB narrowed
    for obj in (*pobjs(noun, frozenset({"from", "of"})), *belonging_objects(noun)):  # "... belonging to X"
        found = ctx.actor_at.get(obj.i)
        actor = ctx.kb.get(found.actor_id) if found is not None and found.actor_id else None
        if actor is not None and actor.type == "armed_group":
            return found
    return None


def named_for_class(noun: Any, ctx: ArticleContext) -> Mention | None:
    """The group a class phrase names after it: in apposition ("the Iran-backed militia,
    Kataib Hezbollah") or as the group its men are drawn from (``group_named_after``)."""
    apposed = apposed_names(noun, ctx.actor_at, ctx.place_at)
    return ctx.actor_at[apposed[0].i] if apposed else group_named_after(noun, ctx)
