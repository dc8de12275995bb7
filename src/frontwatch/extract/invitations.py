"""A side that invites another in to fight for it is its ally: "X invited Y to defend the
border with it", "X invited Y to intervene against Z", "X called in Y's troops".

An invitation ties the two only when it is to a deed of war (``invited_deed_verbs``: "to
defend", "to help defend", "to intervene"); "invited the rebels to talks" or "to help draft a
constitution" ties no one. "Called in" ties only a side or its troops ("called in Russian
troops"), not a means ("called in airstrikes") nor an envoy ("called in the ambassador": no armed side). A request alone
("asked Y for help") is no tie here. Both ends are sides or governments (a government
invites foreign forces in). The words are data (``relations.yaml``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.helpcues import deed_of_war
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.observations import is_combatant
from frontwatch.extract.relpairs import Pair, pair_of, words
from frontwatch.extract.relsubjects import acting_subject
from frontwatch.records import Mention

_IN = frozenset({"in"})


def invitation_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "X invited Y to defend T", "X called in Y troops": X and Y are allies."""
    if tok.pos_ != "VERB":
        return
    lemma = lemma_of(tok)
    if lemma in words("inviting_verbs") and _to_a_deed_of_war(tok, ctx):
        guest = _side(next((c for c in tok.children if c.dep_ == "dobj"), None), ctx, named=False)
    elif lemma in words("calling_in_verbs"):
        guest = _called_in(tok, ctx)
    else:
        return
    host = actor_near(ctx, acting_subject(tok, ctx), depth=1)
    if is_combatant(host, ctx) and is_combatant(guest, ctx):
        yield from pair_of("allied", host, guest, tok)


def _to_a_deed_of_war(verb: Any, ctx: ArticleContext) -> bool:
    """The invitation's purpose ("to defend", "to help defend") is a deed of war; the deed
    "help" governs is judged as help is (extract/helpcues.py: "to help hold Manbij", not
    "to help hold talks")."""
    deeds = [c for c in verb.children if c.dep_ == "xcomp" or (c.dep_ == "advcl" and _with_to(c))]
    helped = [
        g for d in deeds if lemma_of(d) in words("helping_verbs")
        for g in d.children if g.dep_ in ("xcomp", "ccomp") and lemma_of(g) in words("helped_deed_verbs")
    ]  # fmt: skip
    deeds += [g for d in deeds for g in d.children if g.dep_ == "xcomp"]
    return any(lemma_of(d) in words("invited_deed_verbs") for d in deeds) or any(
        deed_of_war(g, ctx) for g in helped
    )


def _with_to(verb: Any) -> bool:
    """An infinitive of purpose ("to help guard T"), which the parser may hang as a clause."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _called_in(verb: Any, ctx: ArticleContext) -> Mention | None:
    """The side "called in" names: the object after the particle, or the "in" object the
    parser makes of it ("called in Russian troops")."""
    if not any(c.lower_ == "in" and c.dep_ in ("prt", "prep") for c in verb.children):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in _IN for g in c.children if g.dep_ == "pobj"]
    return next((m for m in (_side(o, ctx, named=True) for o in objects) if m is not None), None)


def _side(noun: Any | None, ctx: ArticleContext, *, named: bool) -> Mention | None:
    """The side a noun names; for "called in", only a side itself or its troops."""
    if noun is None:
        return None
    troops = get_lexicon().tie_words("joined_force_nouns")
    if named and noun.i not in ctx.actor_at and noun.lemma_.lower() not in troops:
        return None  # "called in airstrikes", "called in an engineer"
    # "its old rival Damascus", "their enemy, the army": the name beside the description
    beside = (actor_near(ctx, c, depth=1) for c in noun.children if c.dep_ == "appos")
    return next((m for m in beside if m is not None), None) or actor_near(ctx, noun, depth=1)
