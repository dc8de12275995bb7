"""Fights ties an article's deeds imply once the whole article is read.

Sentence readers find the ties a sentence states; a deed with one side named gives none.
Reporting names the enemy once, or only as the war's subject, and then drops it:
"Iraqi forces recaptured the city of Fallujah" in a report on the war with ISIL. Once the
article is read, such a deed ties its doer to:

- the other side the article completed (``sides.complete_sides``: its one enemy), or
- when the article gives the doer no enemy at all, the one armed group the article names
  that is neither the doer nor tied to it (backing, alliance, membership, cooperation, in
  the article or the knowledge base): with two such groups nothing is inferred.

A deed that names only its target ("Phase One cleared ISIS from Baghuz") is, the same
way, the deed of the one armed group or state force the article names that is not the
target's friend. Allies and military backers then share the enemies of those they fight
beside (extract/allyties.py).

Only a side the deed's sentence names (or a pronoun in it stands for) is given an enemy
or a doer this way: a side the article filled in is no ground for a second guess, unless
the deed is a taking of ground or a battle (``opponents.fight_between_forces``): a strike or
a killing may hit anyone ("the aid convoy was struck"). A strike whose sentence names only
the people or civilian sites it hit gets the context's enemy only where the article says
that enemy holds the place, whoever the doer (``tieguards.harm_alone``, ``_holds``: the one
rule for such harm).
The tie keeps the deed's certainty and sentence; the side the sentence does not name keeps
an empty text. Which actors count as armed sides and as enemy candidates is data
(``relations.yaml``: ``implied_ties``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from frontwatch.extract.allyties import allies_enemies, backers_enemies
from frontwatch.extract.anaphora import pronoun_antecedent
from frontwatch.extract.armed import (
    SIDED_CLASSES,
    armed,
    armed_side,
    doubted_pairs,
    friendly_pairs,
    kb_friends,
    plain,
    plain_claim,
    setting,
    takes_sides,
)
from frontwatch.extract.context import ArticleContext, is_reporter, record_id
from frontwatch.extract.guessedlosers import holder_candidates, sentence_rival
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.opponents import fight_between_forces
from frontwatch.extract.parentnames import party_mentions
from frontwatch.extract.relations import effort_claim
from frontwatch.extract.sides import CIVILIANS
from frontwatch.extract.tieclaims import asked_aim_claim, effort_aim, held_now, labelled_enemy_claim
from frontwatch.extract.tieguards import harm_alone
from frontwatch.extract.verbsubjects import subject_of
from frontwatch.nlp.charspans import expanded_span
from frontwatch.records import Claim, ControlChange, Event, Evidence, Relation, TimeRef

_DENIED = "negated"
_FIGHTS = "fights"


@dataclass(frozen=True, slots=True)
class _Deed:
    """One violent deed or change of hands, reduced to what a tie needs."""

    key: str
    source: str
    target: str
    source_text: str
    target_text: str
    trigger: str
    time: TimeRef
    claim: Claim
    evidence: Evidence
    place_id: str = ""
    # its sentence names the doer (or a pronoun stands for it), or the deed is a taking of
    # ground or a battle, fought between forces whoever the article says they are
    source_named: bool = True


def implied_ties(
    events: list[Event],
    relations: list[Relation],
    controls: list[ControlChange],
    ctx: ArticleContext,
) -> list[Relation]:
    """Fights ties of the article's deeds that no sentence reader found (see module doc)."""
    deeds = list(_deeds(events, controls, ctx))
    top = ctx.kb.top_of
    stated = [r for r in relations if r.kind == _FIGHTS and r.source_actor and r.target_actor]
    told = {frozenset((top(r.source_actor), top(r.target_actor))) for r in stated}
    # a plain deed may state as fact what another sentence only planned ("will clear")
    known = {frozenset((top(r.source_actor), top(r.target_actor))) for r in stated if plain(r)}
    doubted = doubted_pairs(stated, top)
    enemies = _enemies(relations, deeds, ctx)
    friends = friendly_pairs(relations, ctx)
    candidates = _enemy_candidates(ctx, "enemy_types")
    doers = _enemy_candidates(ctx, "doer_types")
    out = []
    holders = _holders(controls)
    taken = {c.id for c in controls} | {e.id for e in events if e.mode in setting("taking_modes")}
    # the same for every taking: found once, as finding it per taking walked every mention of
    # the article again (quadratic in a long article's takings and mentions)
    holders_only = cache(lambda: holder_candidates(candidates, ctx))
    for told_deed in deeds:
        source = told_deed.source or _context_enemy(
            _named(told_deed.target, told_deed.target_text),
            enemies,
            friends,
            _not_listed_with(told_deed, doers, ctx),
            ctx,
        )
        deed = replace(told_deed, source=source)
        target = (
            deed.target
            or holders.get((deed.evidence.start, deed.place_id), "")
            or sentence_rival(deed.key, deed.source, controls, ctx)
            or _context_enemy(
                _named(deed.source, deed.source_named),
                enemies,
                friends,
                holders_only() if deed.key in taken else candidates,
                ctx,
            )
        )
        if not armed(deed.source, ctx) or not armed(target, ctx) or target == CIVILIANS:
            continue
        pair = frozenset((top(deed.source), top(target)))
        if len(pair) < 2 or pair in known or (pair in told and not plain_claim(deed.claim)):
            continue
        if pair in doubted and not (deed.target_text and deed.source_text):
            continue  # "reportedly strafed X" only: a side the article fills in is no proof
        tie = _tie(deed, target, ctx)
        if harm_alone(tie, ctx) and not _holds(target, deed, controls, ctx):
            continue
        told.add(pair)
        if plain_claim(deed.claim):
            known.add(pair)
        out.append(tie)
    out += allies_enemies([*relations, *out], known, friends, ctx)
    out += backers_enemies([*relations, *out], events, known, friends, ctx)
    return [r for r in out if takes_sides(r, ctx)]


def _deeds(
    events: list[Event], controls: list[ControlChange], ctx: ArticleContext
) -> Iterator[_Deed]:
    kinds: dict[str, str] = get_lexicon().relations["relations"]["from_events"]
    for event in events:
        if kinds.get(event.type) != _FIGHTS or event.evidence is None:
            continue
        if event.claim.certainty == _DENIED or event.casualties.civilians:
            continue
        pronoun = "" if event.source_text else _pronoun_doer(event, ctx)
        yield _Deed(
            event.id,
            pronoun or event.source_actor,
            event.target_actor,
            event.source_text,
            event.target_text,
            event.trigger,
            event.time,
            _effort_or_own(event, ctx),
            event.evidence,
            event.place_id,
            bool(event.source_text or pronoun) or fight_between_forces(event.mode, event.trigger),
        )
    for change in controls:
        if change.kind != "capture" or change.evidence is None:
            continue
        if change.claim.certainty == _DENIED:
            continue
        yield _Deed(
            change.id,
            change.new_controller,
            change.previous_controller,
            change.new_controller_text,
            change.previous_controller_text,
            change.trigger,
            change.time,
            _going_on_or_own(change.id, change.claim, ctx),
            change.evidence,
            source_named=bool(change.new_controller_text),
        )


def _named(side: str, named: object) -> str:
    """The side when its sentence names it; '' when it was itself filled in from the
    article ("the aid convoy was struck"): its enemy would be a guess built on a guess."""
    return side if named else ""


def _holders(controls: list[ControlChange]) -> dict[tuple[int, str], str]:
    """Who the sentence says holds a place ("pounded rebel-held districts of Aleppo"): an
    attack there with no target named hits the holder."""
    return {
        (c.evidence.start, c.place_id): c.new_controller
        for c in controls
        if c.kind == "held" and c.evidence is not None and c.place_id and c.new_controller
    }


def _holds(side: str, deed: _Deed, controls: list[ControlChange], ctx: ArticleContext) -> bool:
    """The article says the side holds or took the deed's place, or the deed's sentence says
    it holds the area ("shelling on Douma in the rebel-held Ghouta"): a strike there that
    names only the people or sites it hit still hits that side ("IS has held Raqqa ...
    warplanes bombed a bakery in the city"); anywhere else the enemy would be a guess."""
    top = ctx.kb.top_of

    def where(c: ControlChange) -> bool:
        same_sentence = c.evidence is not None and c.evidence.start == deed.evidence.start
        return (bool(deed.place_id) and c.place_id == deed.place_id) or same_sentence

    return any(
        c.kind in ("held", "capture")
        and c.new_controller
        and top(c.new_controller) == top(side)
        and where(c)
        for c in controls
    )


def _effort_or_own(event: Event, ctx: ArticleContext) -> Claim:
    """The deed's claim, or, for an aim an effort under way pursues ("began to retake T",
    "worked to clear T"), the effort's, and for a deed that will go on ("will continue to
    strike X") a plain one: the sides are fighting already."""
    token = ctx.trigger_token(event.id)
    if token is None:
        return event.claim
    asked = asked_aim_claim(token, ctx)  # "whether the strikes are aimed at IS"
    if asked is None:
        going_on = _going_on_or_own(event.id, event.claim, ctx)
        if going_on is not event.claim:
            return going_on
    if asked is not None or not effort_aim(token, event.claim):
        return asked or event.claim
    return effort_claim(token, ctx) or event.claim


def _going_on_or_own(record_id: str, claim: Claim, ctx: ArticleContext) -> Claim:
    """A plain copy of a future deed's claim when the deed is told as going on ("would keep
    shelling X", "will continue to gain territory from X"): the sides fight now; else the
    deed's own claim."""
    token = ctx.trigger_token(record_id)
    held = held_now(token, claim) if token is not None else None
    if held is None and token is not None:
        return labelled_enemy_claim(token, claim)  # "says it is targeting terrorists": its word
    return claim if held is None else held


def _pronoun_doer(event: Event, ctx: ArticleContext) -> str:
    """The actor a deed's subject pronoun stands for ("Turkey regards the YPG as a terrorist
    group. It has shelled YPG positions."), '' if none: it beats a doer the context filled in."""
    token = ctx.trigger_token(event.id)
    subj = subject_of(token) if token is not None else None
    found = pronoun_antecedent(subj, ctx) if subj is not None else None
    return found.actor_id if found is not None else ""


def _enemies(
    relations: list[Relation], deeds: list[_Deed], ctx: ArticleContext
) -> dict[str, set[str]]:
    """Each side's enemies as the article states them (tops), whatever the certainty."""
    top = ctx.kb.top_of
    pairs = [(r.source_actor, r.target_actor) for r in relations if r.kind == _FIGHTS]
    pairs += [(d.source, d.target) for d in deeds]
    found: dict[str, set[str]] = defaultdict(set)
    for a, b in pairs:
        if a and b and CIVILIANS not in (a, b) and top(a) != top(b):
            found[top(a)].add(top(b))
            found[top(b)].add(top(a))
    return found


def _enemy_candidates(ctx: ArticleContext, types_key: str) -> dict[str, str]:
    """The armed actors of the given types the article names, by top: named ones when
    there are any, else the insurgent classes ("militants"), which may stand for one."""
    named: dict[str, str] = {}
    classes: dict[str, str] = {}
    for mention in party_mentions(ctx):  # not a parent named as its affiliate's descriptor
        actor = ctx.kb.get(mention.actor_id) if mention.actor_id else None
        if actor is None or is_reporter(ctx, actor.id):
            continue
        if actor.type in setting(types_key):
            named.setdefault(ctx.kb.top_of(actor.id), actor.id)
        elif actor.type == "generic" and armed_side(actor, classes=SIDED_CLASSES, governing=False):
            classes.setdefault(actor.id, actor.id)
    return named or classes


_LISTING_DEPS = frozenset({"conj", "compound", "amod", "nmod", "poss", "appos"})


def _not_listed_with(deed: _Deed, candidates: dict[str, str], ctx: ArticleContext) -> dict[str, str]:
    """The candidates but the sides listed with the deed's target ("the operation targets
    both the jihadists and the YPG": the YPG is a target too, never the doer)."""
    if not deed.target_text:
        return candidates
    sentence = expanded_span(ctx.doc, deed.evidence.start, deed.evidence.end)
    target = next(
        (m for t in sentence or () if (m := ctx.actor_at.get(t.i)) is not None and m.text == deed.target_text),
        None,
    )
    words = expanded_span(ctx.doc, target.start, target.end) if target else None
    if words is None:
        return candidates
    node = words.root  # up to the listed noun: "A and B hideouts", "A and the militia known as B"
    while node.dep_ in _LISTING_DEPS and node.head.i != node.i:
        node = node.head
    phrase = node.subtree
    listed = {ctx.kb.top_of(m.actor_id) for t in phrase if (m := ctx.actor_at.get(t.i)) and m.actor_id}
    return {top: actor for top, actor in candidates.items() if top not in listed}


def _context_enemy(
    side: str,
    enemies: dict[str, set[str]],
    friends: set[frozenset[str]],
    candidates: dict[str, str],
    ctx: ArticleContext,
) -> str:
    """The one armed group the article names that could be the side's enemy ('' if none or
    several, or when the article already gives the side an enemy)."""
    if not side or enemies.get(ctx.kb.top_of(side)):
        return ""
    own = ctx.kb.top_of(side)
    left = [
        (top, actor_id)
        for top, actor_id in candidates.items()
        if top != own
        and frozenset((own, top)) not in friends
        and not kb_friends(own, top, ctx)
        and not _classes_of_one_kind(own, top, ctx)
    ]
    return _one_bloc(left, friends, ctx)


def _classes_of_one_kind(side: str, other: str, ctx: ArticleContext) -> bool:
    """Two generic classes of one sector ("Islamist militants ... the Sunni militants",
    "jihadists" and "insurgents"): the press names one side with several such words, so
    the one is no guessed enemy of the other (a sentence that pits them still ties them)."""
    a, b = ctx.kb.get(side), ctx.kb.get(other)
    if a is None or b is None or a.type != "generic" or b.type != "generic":
        return False
    return bool(a.sector) and a.sector == b.sector


def _one_bloc(
    left: list[tuple[str, str]], friends: set[frozenset[str]], ctx: ArticleContext
) -> str:
    """The one enemy left: one group, or groups that are all one bloc (a member and its
    umbrella, allies: "the SDF ... the Manbij Military Council, affiliated with the SDF"),
    for which the one the article names most stands (on a tie the umbrella, then the first
    named)."""
    if len(left) == 1:
        return left[0][1]
    tops = [top for top, _actor in left]
    bloc = all(
        frozenset((a, b)) in friends or kb_friends(a, b, ctx)
        for i, a in enumerate(tops)
        for b in tops[i + 1 :]
    )
    if not left or not bloc:
        return ""
    named = Counter(ctx.kb.top_of(m.actor_id) for m in ctx.actor_mentions if m.actor_id)

    def umbrella(top: str) -> bool:  # the one the others belong to
        others = [t for t in tops if t != top]
        return all(any(e.target == top for e in ctx.kb.related(t)) for t in others)

    return max(left, key=lambda pair: (named[pair[0]], umbrella(pair[0])))[1]


def _tie(deed: _Deed, target: str, ctx: ArticleContext) -> Relation:
    named = target == deed.target
    return Relation(
        id=record_id(ctx.article.id, deed.evidence.start, f"rel:fights:deed:{deed.key}", 0),
        kind=_FIGHTS,
        source_actor=deed.source,
        target_actor=target,
        source_text=deed.source_text,
        target_text=deed.target_text if named else "",
        time=replace(deed.time),
        claim=replace(deed.claim),
        trigger=deed.trigger,
        evidence=deed.evidence,
    )


__all__ = ["implied_ties"]
