"""An accusation of an attack sets the accused against the accuser.

"Kurdish forces accused Turkey of carrying out a drone strike that killed three
civilians", "Ukraine was accused by Russia of shelling the town": the accused deed names
no armed target (civilians, a site, "fighters" of no side), so no tie comes from the deed
itself, but a side that accuses another of attacking it or the people it holds fights
it. The tie is the accuser's claim: attributed to it (or as hedged or hypothetical as the
accusation itself). A deed that names an armed target ties its own sides.
"""

from __future__ import annotations

from dataclasses import replace

from frontwatch.extract.armed import (
    FIGHTS,
    armed,
    fights_tie,
    friendly_pairs,
    kb_friends,
    one_party,
    takes_sides,
)
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.sides import CIVILIANS
from frontwatch.records import Event, Relation

_ACCUSE = "ACCUSE"
_ATTACK = "ASSAULT"
_PLAIN = frozenset({"asserted", "attributed"})
_DENIED = "negated"


def accused_attack_ties(
    events: list[Event], relations: list[Relation], ctx: ArticleContext
) -> list[Relation]:
    """Fights ties between each accuser and the side it accuses of an attack its sentence
    tells with no armed target (events given are one sentence's; ``relations`` the ties
    the sentence states already, which need no second one)."""
    top = ctx.kb.top_of
    friends = friendly_pairs(relations, ctx)
    fought = {
        frozenset((top(r.source_actor), top(r.target_actor))) for r in relations if r.kind == FIGHTS
    }
    out = []
    for accusation in events:
        if accusation.type != _ACCUSE or accusation.claim.certainty == _DENIED:
            continue
        if _lemma(accusation, ctx) not in _accusing_verbs():
            continue  # "the US condemns the attacks": a judgement, not a victim's charge
        if _a_person(accusation.source_actor, ctx):
            continue  # "President X blamed Y for the attack": a statesman's word, not a side's
        accuser = ctx.kb.side_for(accusation.source_actor, ctx.published)
        accused = ctx.kb.side_for(accusation.target_actor, ctx.published)
        if not (armed(accuser, ctx) and armed(accused, ctx)) or one_party(accuser, accused, ctx.kb):
            continue
        pair = frozenset((top(accuser), top(accused)))
        if pair in fought or pair in friends or kb_friends(top(accuser), top(accused), ctx):
            continue
        if any(_untargeted_attack_by(accused, e, ctx) and _between_them(accuser, accused, e, ctx) for e in events):
            out.append(_tie(accusation, accused, accuser, ctx))
    return [t for t in out if takes_sides(t, ctx)]


def _a_person(actor_id: str, ctx: ArticleContext) -> bool:
    actor = ctx.kb.get(actor_id) if actor_id else None
    return actor is not None and actor.type == "person"


def _lemma(event: Event, ctx: ArticleContext) -> str:
    token = ctx.trigger_token(event.id)
    return lemma_of(token) if token is not None else ""


def _accusing_verbs() -> frozenset[str]:
    return frozenset(get_lexicon().relations["article_ties"]["accusing_verbs"])


def _between_them(accuser: str, accused: str, event: Event, ctx: ArticleContext) -> bool:
    """The attack struck, where its place is known, the country of one of the two: a charge
    between the parties ("Russia accused Ukraine of shelling Enerhodar"), not a third state's
    judgement of a war elsewhere ("Turkey accused Israel of bombing a hospital in Gaza")."""
    place = ctx.places.get(event.place_id or "")
    if place is None or not place.country:
        return True
    homes = {getattr(ctx.kb.get(ctx.kb.top_of(a)) or ctx.kb.get(a), "country", "") for a in (accuser, accused)}
    return place.country in homes


def _untargeted_attack_by(side: str, event: Event, ctx: ArticleContext) -> bool:
    """An attack by the side whose target is no armed side: civilians, a site, no one."""
    if event.type != _ATTACK or not event.source_actor or event.claim.certainty == _DENIED:
        return False
    if ctx.kb.top_of(event.source_actor) != ctx.kb.top_of(side):
        return False
    target = event.target_actor
    sideless = get_lexicon().tie_words("sideless_classes")
    return not target or target == CIVILIANS or target in sideless or not armed(target, ctx)


def _tie(accusation: Event, accused: str, accuser: str, ctx: ArticleContext) -> Relation:
    claim = replace(accusation.claim)
    if claim.certainty in _PLAIN:
        claim = replace(
            claim, certainty="attributed", attributed_to=accuser, cue=accusation.trigger
        )
    texts = (accusation.target_text, accusation.source_text)
    return fights_tie(accusation, (accused, accuser), texts, claim, ("accused", 0), ctx)


__all__ = ["accused_attack_ties"]
