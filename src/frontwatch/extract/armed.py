"""Which actors are sides of a fight, and which pairs are friends: the tests the
article-level ties share (extract/ties.py, extract/allyties.py). The words are data
(``relations.yaml``: ``article_ties.implied_ties``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import cache
from typing import Any, Literal, Protocol

from frontwatch.extract.context import GENERIC_PREFIX as GENERIC_PREFIX  # noqa: PLC0414 - re-exported: its readers import it here
from frontwatch.extract.context import ArticleContext, record_id
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.kb.actors.antecedents import could_stand_for
from frontwatch.kb.actors.kb import ActorKB
from frontwatch.records import Actor, Claim, Event, Evidence, Mention, Relation, TimeRef

FIGHTS = "fights"
NOTE_TRIGGER = "note"  # the trigger of a tie the KB noted on a mention ("Iran-backed militias")


class Told(Protocol):
    """What a tie keeps of the event, change of hands or deed that tells it."""

    @property
    def time(self) -> TimeRef: ...
    @property
    def trigger(self) -> str: ...
    @property
    def evidence(self) -> Evidence | None: ...


def fights_tie(
    told: Told,
    ends: tuple[str, str],
    texts: tuple[str, str],
    claim: Claim,
    found_by: tuple[str, int],
    ctx: ArticleContext,
) -> Relation:
    """A fights tie from ``ends[0]`` to ``ends[1]`` (named by ``texts``) with the time,
    trigger and sentence of what ``told`` it. ``found_by`` (the reading that found it, and
    where in the sentence) keeps its id apart from the sentence's other ties."""
    tag, at = found_by
    start = told.evidence.start if told.evidence is not None else 0
    return Relation(
        id=record_id(ctx.article.id, start, f"rel:fights:{tag}", at),
        kind=FIGHTS,
        source_actor=ends[0],
        target_actor=ends[1],
        source_text=texts[0],
        target_text=texts[1],
        time=replace(told.time),
        claim=claim,
        trigger=told.trigger,
        evidence=told.evidence,
    )


@cache
def one_party(x: str, y: str, kb: ActorKB) -> bool:
    """Two named ids of one actor: the same id, or organs of one state or group
    ("SYR_AIRFORCE", "SYR_MIL"); two different classes ("GEN_REBELS", "GEN_JIHADISTS")
    are never one, nor is an empty id anyone."""
    if not x or not y:
        return False
    if x == y:
        return True
    if x.startswith(GENERIC_PREFIX) or y.startswith(GENERIC_PREFIX):
        return False
    return kb.top_of(x) == kb.top_of(y)


def setting(key: str) -> frozenset[str]:
    """One word list of the article-level tie settings."""
    table: dict[str, list[str]] = get_lexicon().relations["article_ties"]["implied_ties"]
    return frozenset(table[key])


def takes_sides(relation: Relation, ctx: ArticleContext) -> bool:
    """A fights or allied tie whose two ends are sides of the war: not "troops" or
    "unidentified warplanes" of no one, nor a community (``sideless_classes``), nor a
    class and a named actor the class may be a name of ("the militants attacked ... al-
    Shabab said its fighters had stormed the camp": the militants are al-Shabab). A backs
    tie needs a backed side that may fight or rule: help to civilians, refugees or aid
    groups ("enabled the Peshmerga to assist thousands of Yazidis") is relief, no backing."""
    if relation.kind == "backs":
        backed = ctx.kb.get(relation.target_actor) if relation.target_actor else None
        unarmed = get_lexicon().armed_side_words("unarmed_sectors")
        return backed is None or backed.sector not in unarmed
    if relation.kind not in (FIGHTS, "allied"):
        return True
    ends = (relation.source_actor, relation.target_actor)
    if set(ends) & get_lexicon().tie_words("sideless_classes"):
        return False
    return not any(
        _generic(a) and b and not _generic(b) and could_stand_for(ctx.kb, a, b)
        for a, b in (ends, ends[::-1])
    )


def _generic(actor_id: str) -> bool:
    return actor_id.startswith(GENERIC_PREFIX)


def plain(relation: Relation) -> bool:
    """A tie stated as fact (asserted, or attributed to a speaker)."""
    return plain_claim(relation.claim)


def plain_claim(claim: Claim) -> bool:
    return claim.certainty in ("asserted", "attributed")


def doubted_pairs(fights: list[Relation], top: Callable[[str], str]) -> set[frozenset[str]]:
    """The pairs of sides the article ties only by fights it doubts or denies ("Saudi jets
    reportedly strafed Houthi positions"): unlike a planned fight ("will retake T from X"),
    which shows the two at war, these leave open whether they fight at all, so a deed
    whose other side the article only fills in is no proof that they do."""
    certainties: dict[frozenset[str], set[str]] = {}
    for tie in fights:
        pair = frozenset((top(tie.source_actor), top(tie.target_actor)))
        certainties.setdefault(pair, set()).add(tie.claim.certainty)
    return {pair for pair, seen in certainties.items() if seen <= {"hedged", "negated"}}


def kb_friends(a: str, b: str, ctx: ArticleContext) -> bool:
    """The knowledge base ties the two sides by a friendly edge of either one, its state or
    the state's organs, either way (Hezbollah is allied with the Syrian government, Russia's
    army backs Syria's: whichever arm or top the caller gives)."""
    top, kb, date = ctx.kb.top_of, ctx.kb, ctx.published
    if top(a) == top(b):
        return False
    return kb_tied(organs(a, kb), {top(b)}, kb, date) or kb_tied(organs(b, kb), {top(a)}, kb, date)


def friendly_pairs(relations: list[Relation], ctx: ArticleContext) -> set[frozenset[str]]:
    """The pairs of sides (their tops) the article ties by backing, alliance, membership or
    cooperation (``friendly_kinds``)."""
    kinds = setting("friendly_kinds")
    top = ctx.kb.top_of
    return {
        frozenset((top(r.source_actor), top(r.target_actor)))
        for r in relations
        if r.kind in kinds and r.source_actor and r.target_actor
    }


def organs(actor_id: str, kb: ActorKB) -> set[str]:
    """The actor, its state and the state's organs (``events.yaml``:
    ``opponents.organ_branches``): Russia backs Syria's government, not Syria."""
    top = kb.top_of(actor_id)
    branches = get_lexicon().events["opponents"]["organ_branches"]
    return {actor_id, top, *(kb.arm_of(top, branch) for branch in branches)}


def kb_tied(ours: Iterable[str], theirs: set[str], kb: ActorKB, date: dt.date | None) -> bool:
    """An edge of a friendly kind (``friendly_edges``) from one of ``ours`` to or from a
    side whose top is in ``theirs``."""
    kinds = setting("friendly_edges")
    return any(
        edge.kind in kinds and {kb.top_of(edge.source), kb.top_of(edge.target)} & theirs
        for actor_id in ours
        for edge in kb.related(actor_id, date=date)
    )


def armed(actor_id: str, ctx: ArticleContext) -> bool:
    """A side of a fight or of a tie a deed implies: a class only if it names a side
    ("rebels", not "troops" of no one); a ministry is no side of a fight."""
    actor = ctx.kb.get(actor_id) if actor_id else None
    return armed_side(actor, classes=SIDED_CLASSES, governing=False)


_STATE_TYPES = frozenset({"state", "state_agency"})


def armed_non_state(actor_id: str, ctx: ArticleContext) -> bool:
    """An armed side that is no state or government: a militia, an insurgency, "rebels"."""
    actor = ctx.kb.get(actor_id) if actor_id else None
    return actor is not None and actor.type not in _STATE_TYPES and armed(actor_id, ctx)


# which classes count as armed sides: any class ("troops" entered the town: they took
#   it), classes of a fighting sector (a hostile act's opponent: "troops" face "rebels"),
#   only classes that name a side (a tie needs one), or none
ClassRule = Literal["any", "fighting", "sided", "none"]
ANY_CLASS: ClassRule = "any"
FIGHTING_CLASSES: ClassRule = "fighting"
SIDED_CLASSES: ClassRule = "sided"
NO_CLASS: ClassRule = "none"


def armed_side(
    actor: Actor | None,
    *,
    classes: ClassRule,
    governing: bool,
    parties: bool = False,
    alliances: bool = True,
) -> bool:
    """The one test of an armed side (``relations.yaml``: ``armed_sides``): a state, its
    forces, an armed group or an actor of a fighting sector; never one person, civilians,
    aid groups or the press. ``classes`` says which classes count (ANY_CLASS,
    FIGHTING_CLASSES, SIDED_CLASSES or NO_CLASS); ``governing``, ``parties`` and
    ``alliances`` whether a government organ, a political party and a military alliance
    do."""
    if actor is None or actor.type == "person":
        return False
    if actor.type == "generic":
        if classes == SIDED_CLASSES:
            return actor.sector in _side_words("sided_class_sectors")
        if classes == FIGHTING_CLASSES:
            return actor.sector in _side_words("fighting_sectors")
        return classes == ANY_CLASS and actor.sector not in _side_words("unarmed_sectors")
    if actor.type in _side_words("fighting_types"):
        return True
    if actor.sector in _side_words("unarmed_sectors"):
        return False
    if not alliances and actor.type in _side_words("alliance_types"):
        return False
    return (
        actor.sector in _side_words("fighting_sectors")
        or (governing and actor.type in _side_words("governing_types"))
        or (parties and actor.type in _side_words("party_types"))
    )


def _side_words(key: str) -> frozenset[str]:
    return get_lexicon().armed_side_words(key)


def named_side_ties(
    events: list[Event],
    event_type: str,
    named_side: Callable[[Any, ArticleContext], Mention | None],
    key: str,
    ctx: ArticleContext,
) -> list[Relation]:
    """Fights ties between the doer of each event of the type (not denied) and the side
    ``named_side`` finds around its trigger token ("withdrew amid an advance by X", "killed
    the commander of X"): the tie keeps the event's certainty and sentence."""
    out = []
    for event in events:
        if event.type != event_type or not event.source_actor or event.evidence is None:
            continue
        token = ctx.trigger_token(event.id) if event.claim.certainty != "negated" else None
        found = named_side(token, ctx) if token is not None else None
        if found is None or not found.actor_id:
            continue
        doer = ctx.kb.side_for(event.source_actor, ctx.published)
        side = ctx.kb.side_for(found.actor_id, ctx.published)
        if not armed(doer, ctx) or not armed(side, ctx) or one_party(doer, side, ctx.kb):
            continue
        if kb_friends(doer, side, ctx):
            continue  # "withdrew under pressure from Russia", "mistakenly killed the commander of"
        tie = fights_tie(
            event, (doer, side), (event.source_text, found.text), event.claim, (key, found.start), ctx
        )
        if takes_sides(tie, ctx):
            out.append(tie)
    return out
