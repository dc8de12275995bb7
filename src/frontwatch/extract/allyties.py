"""Sides that fight beside another share its enemy, once the whole article is read.

"The Syrian army, Hezbollah and the NDF played key roles in the attack" on the rebels:
allies in one deed (the co-agent cue) fight the enemy the article gives any of them. "The
SDF offensive, supported by coalition strikes": a backer whose support comes with a
violent deed of its own (or of no one named) in the backing's sentence fights the enemy
the backed side fights in that sentence or the next, or the one enemy the article gives the
backed side. Allies by composition ("an alliance
of A and B") and backers by money or words share no enemy. Each tie rests on the
alliance's or the backing's sentence and certainty.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from frontwatch.extract.arguments import pobjs
from frontwatch.extract.armed import FIGHTS, NOTE_TRIGGER, armed, kb_friends, plain
from frontwatch.extract.backedsides import describes_part
from frontwatch.extract.context import ArticleContext, record_id
from frontwatch.extract.fightcues import stands_set_apart
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.relspan import trigger_tokens
from frontwatch.records import Event, Relation

_BY = frozenset({"by"})


def backers_enemies(
    relations: list[Relation],
    events: list[Event],
    known: set[frozenset[str]],
    friends: set[frozenset[str]],
    ctx: ArticleContext,
) -> list[Relation]:
    """ "The SDF offensive, supported by coalition strikes": a backer whose support comes
    with a violent deed in the same sentence fights beside the one it backs, against the
    enemies the article gives it. Each tie rests on the backing's sentence."""
    top = ctx.kb.top_of
    fights = [r for r in relations if r.kind == FIGHTS and plain(r) and r.target_actor]
    violent = [e for e in events if e.type == "ASSAULT" and e.evidence]
    starts = ctx.sentence_starts
    out = []
    for backing in (r for r in relations if r.kind == "backs" and plain(r)):
        air = _air_support(backing, ctx) or _support_by_force(backing, ctx)
        if not air and not any(_deed_of_backer(e, backing, ctx) for e in violent):
            continue
        backed = top(backing.target_actor)
        wide = _support_of_strikes(backing) and all(
            _deed_of_backer(e, backing, ctx) for e in violent if _same_sentence(e, backing)
        )
        for fight in _fights_backed(fights, backing, backed, starts, ctx, wide=wide):
            enemy = _other_side(fight, backed, ctx)
            tie = _shared_tie(backing, backing.source_actor, enemy, known, friends, ctx)
            if tie is not None:
                out.append(tie)
    return out


def allies_enemies(
    relations: list[Relation],
    known: set[frozenset[str]],
    friends: set[frozenset[str]],
    ctx: ArticleContext,
) -> list[Relation]:
    """ "The army, Hezbollah and the NDF played key roles in the attack" on the rebels:
    allies in a fight share its enemy. Each ally's tie rests on the alliance's sentence."""
    top = ctx.kb.top_of
    fights = [r for r in relations if r.kind == FIGHTS and plain(r) and r.target_actor]
    out = []
    # allies in a deed, or one at the head of the other's force ("with Hezbollah fighters
    # in the vanguard, government forces expelled the rebels": Hezbollah fights them too)
    deeds = (
        get_lexicon().relation_words("co_agent_verbs")
        | get_lexicon().relation_words("co_agent_nouns")
        | get_lexicon().relation_words("vanguard_nouns")
    )
    for alliance in (r for r in relations if r.kind == "allied" and plain(r)):
        if any(stands_set_apart(t) for t in trigger_tokens(alliance, ctx)):
            continue  # "fights alongside W but against Y": W is not said to fight Y
        shared = fights if _lemma(alliance.trigger) in deeds else _joint(alliance, fights)
        if not shared:
            continue  # allies by composition ("an alliance of A and B") fight apart
        for ally, other in _both_ways(alliance):
            for fight in shared:
                enemy = _other_side(fight, top(other), ctx)
                tie = _shared_tie(alliance, ally, enemy, known, friends, ctx)
                if tie is not None:
                    out.append(tie)
    return out


def _joint(alliance: Relation, fights: list[Relation]) -> list[Relation]:
    """The fights whose doer is named by the alliance's own word in the same sentence:
    "Russian and Syrian jets pounded X" allies the two and both fight X."""
    return [
        f
        for f in fights
        if f.source_text == alliance.trigger
        and f.evidence is not None
        and alliance.evidence is not None
        and f.evidence.start == alliance.evidence.start
    ]


def _fights_backed(
    fights: list[Relation],
    backing: Relation,
    backed: str,
    starts: list[int],
    ctx: ArticleContext,
    *,
    wide: bool,
) -> list[Relation]:
    """The fights a military backer joins: those told next to the backing, or, when its
    strikes are in support of the side and no one else strikes in that sentence (``wide``;
    not "X and Y, with support from Z, launched strikes": the strikes are X's and Y's) and
    the article gives the backed
    side one enemy only, that enemy's fights wherever told ("the coalition conducted 55
    airstrikes in support of the SDF" in a report on the SDF's offensive against IS)."""
    near = [f for f in fights if _near(f, backing, starts)]
    if not wide:
        return near
    own = [f for f in fights if _other_side(f, backed, ctx)]
    enemies = {ctx.kb.top_of(_other_side(f, backed, ctx)) for f in own}
    return near + own if len(enemies) == 1 else near


def _air_support(backing: Relation, ctx: ArticleContext) -> bool:
    """Support that is itself strikes: "air support", "close air support", "air cover"
    (the trigger noun with a modifier of ``air_support_modifiers``)."""
    modifiers = get_lexicon().tie_words("air_support_modifiers")
    return any(
        any(c.dep_ in ("compound", "amod") and c.lower_ in modifiers for c in tok.children)
        for tok in trigger_tokens(backing, ctx)
    )


def _support_by_force(backing: Relation, ctx: ArticleContext) -> bool:
    """Support given by strikes or fighters: "supported by Russian airstrikes", "backed by
    a large contingent of guerrillas from Hezbollah" (the "by" agent's noun is one of
    ``combat_support_nouns``)."""
    means = get_lexicon().tie_words("combat_support_nouns")
    agents = [noun for tok in trigger_tokens(backing, ctx) for noun in pobjs(tok, _BY)]
    return any(lemma_of(noun) in means for noun in agents)


def _near(fight: Relation, backing: Relation, starts: list[int]) -> bool:
    """The fight is told in the backing's sentence or one next to it: a backer shares
    the fight it supports, not every war of the side it backs."""
    if fight.evidence is None or backing.evidence is None:
        return False
    here = bisect.bisect_right(starts, backing.evidence.start)
    return abs(bisect.bisect_right(starts, fight.evidence.start) - here) <= 1


def _support_of_strikes(backing: Relation) -> bool:
    """ "strikes in support of X", "strikes to support X's advance", "the offensive,
    supported by coalition strikes": support given to a fight (the caller checks that the
    sentence's violent deeds are the backer's), unlike a standing patronage ("Russia
    arms Assad") that need not join every war of the side it backs."""
    words = get_lexicon().relation_words
    trigger = backing.trigger.lower()
    stem = trigger.removesuffix("ed")
    return trigger in words("support_nouns") or (
        stem != trigger and stem in words("fight_support_verbs")
    )


def _same_sentence(event: Event, backing: Relation) -> bool:
    return (
        event.evidence is not None
        and backing.evidence is not None
        and event.evidence.start == backing.evidence.start
    )


def _deed_of_backer(event: Event, backing: Relation, ctx: ArticleContext) -> bool:
    """A violent deed of the backing's sentence that is the backer's, or nobody named's
    ("supported by coalition strikes"); not the backed side's own ("US-backed forces
    declared victory over IS") nor a third party's."""
    if not _same_sentence(event, backing):
        return False
    # "the US-backed SDF ... captured": a sponsor that only describes the side does no deed
    # here; a deed of nobody named is the side's (h-relprec9, precision audit)
    # ... nor one that describes a part of a class ("rebels, some backed by X")
    # ... nor one the KB noted on the side's own phrase ("groups affiliated with Iran")
    described = backing.trigger == NOTE_TRIGGER or any(
        t.dep_ in ("amod", "compound") or describes_part(t)
        for t in trigger_tokens(backing, ctx)
    )
    # a doer the context filled in (no words in this sentence) is nobody named here
    return (not event.source_text and not described) or ctx.kb.top_of(
        event.source_actor
    ) == ctx.kb.top_of(backing.source_actor)


def _shared_tie(
    tie: Relation,
    side: str,
    enemy: str,
    known: set[frozenset[str]],
    friends: set[frozenset[str]],
    ctx: ArticleContext,
) -> Relation | None:
    """``side`` fights ``enemy`` on the strength of ``tie`` (an alliance or a backing),
    unless the pair is known, friends, the same, or not both armed."""
    top = ctx.kb.top_of
    pair = frozenset((top(side), top(enemy))) if enemy else frozenset()
    if len(pair) < 2 or pair in known or pair in friends:
        return None
    if not armed(side, ctx) or not armed(enemy, ctx) or kb_friends(top(side), top(enemy), ctx):
        return None
    known.add(pair)
    return _ally_tie(tie, side, enemy, ctx)


def _lemma(word: str) -> str:
    """The trigger word's lemma, as far as the co-agent lexicon needs it."""
    lower = word.lower()
    irregular: dict[str, str] = get_lexicon().events["irregular_lemmas"]
    for candidate in (irregular.get(lower, lower), lower.removesuffix("ed"), lower[:-1]):
        if candidate in get_lexicon().relation_words("co_agent_verbs"):
            return candidate
    return lower


def _both_ways(alliance: Relation) -> list[tuple[str, str]]:
    a, b = alliance.source_actor, alliance.target_actor
    return [(a, b), (b, a)] if a and b else []


def _other_side(fight: Relation, side: str, ctx: ArticleContext) -> str:
    """The enemy a fight gives ``side`` (a top), '' if the side is not in it."""
    if ctx.kb.top_of(fight.source_actor) == side:
        return fight.target_actor
    if ctx.kb.top_of(fight.target_actor) == side:
        return fight.source_actor
    return ""


def _ally_tie(alliance: Relation, ally: str, enemy: str, ctx: ArticleContext) -> Relation:
    """The tie of a side that fights beside another, resting on the tie between them."""
    start = alliance.evidence.start if alliance.evidence else 0
    return Relation(
        id=record_id(ctx.article.id, start, f"rel:fights:ally:{alliance.id}:{enemy}", 0),
        kind=FIGHTS,
        source_actor=ally,
        target_actor=enemy,
        source_text=alliance.source_text if ally == alliance.source_actor else alliance.target_text,
        time=replace(alliance.time),
        claim=replace(alliance.claim),
        trigger=alliance.trigger,
        evidence=alliance.evidence,
    )
