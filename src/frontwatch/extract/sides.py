"""The other side of a one-sided assault, when the article leaves only one candidate.

Reporting names the enemy once and then drops it: "Iraqi forces retook the city from
IS ... Iraqi forces pushed into the old town on Tuesday." When an assault names only one
side, and the article's own statements (its ties, its two-sided assaults and its changes
of hands, whether plain, hedged or intended; never denied ones) give that side exactly one
enemy, that enemy is the other side: an aim ("an offensive to retake Ramadi from IS")
says who the enemy is as well as a report does. The filled side keeps an empty
``source_text`` / ``target_text``: the sentence does not name it, the article does.
Attacks on civilians, and sides with several enemies in the article, are left as they are.
Changes of hands are completed the same way: a withdrawal's new holder ("Russian forces
withdrew from Kherson" in an article about their war with Ukraine) and a capture's loser.
Only a side that could hold the place fills them: one of the place's own country, one of
no country (an armed group), one the article itself names holding or taking ground, or
one the change's own sentence names ("Kyiv retook the village after Moscow withdrew its
troops"). A foreign air force or government that is the taker's one enemy only by
striking it elsewhere ("U.S. aircraft struck IS ... IS seized Haditha") held nothing
there to lose. The assault a taking of ground makes is aimed at the one other side the
article says took or held the place ("the army recaptured the town, which it lost to rebels
last week"); failing that, the one enemy fills it by the same test ("the group seized
Ramadi"): it is aimed at a side that could have lost the place.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from frontwatch.extract.armed import kb_tied
from frontwatch.extract.captures import CAPTURE_MODE
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.kb.actors.kb import ActorKB
from frontwatch.records import ControlChange, Event, Mention, Relation, TimeRef

_VIOLENT = frozenset({"ASSAULT"})
# the knowledge base's class of civilians: a side no fights tie or opposing party takes
CIVILIANS = "GEN_CIVILIANS"
_DENIED = "negated"
_CHANGES = frozenset({"capture", "withdrawal"})
_PLAIN = frozenset({"asserted", "attributed"})
_FRIENDLY = frozenset({"backs", "allied"})


def complete_sides(
    events: list[Event],
    relations: list[Relation],
    controls: list[ControlChange],
    kb: ActorKB,
    *,
    place_countries: dict[str, str],
    actor_mentions: list[Mention],
) -> None:
    """Fill the missing side of one-sided assaults in place (see the module docstring);
    ``place_countries`` gives each place id's country."""
    enemies = _enemies(events, relations, controls, kb)
    _leave_out_backers(enemies, relations, kb)
    for event in events:
        if event.type not in _VIOLENT or event.casualties.civilians:
            continue
        if event.source_actor and not event.target_actor and event.mode == CAPTURE_MODE:
            event.target_actor = _other_holder(event, controls, relations, kb)
        if event.source_actor and not event.target_actor:
            enemy = _only_enemy(event.source_actor, enemies, kb)
            ground = (events, controls, place_countries)
            if event.mode != CAPTURE_MODE or could_lose(enemy, event, ground, actor_mentions, kb):
                event.target_actor = enemy
        elif event.target_actor not in ("", CIVILIANS) and not event.source_actor:
            event.source_actor = _only_enemy(event.target_actor, enemies, kb)
    _never_against_itself(events, controls, kb)
    on_ground = _ground_holders(controls, kb)
    fighting = _fighting_on_the_ground(events, place_countries, kb)
    for change in controls:
        if change.kind not in _CHANGES:
            continue  # a place held names its holder only
        if change.time.background and change.time.date is None:
            continue  # a change told again with no day ("which fell to X"): only what it says
        country = place_countries.get(change.place_id, "")
        named = (
            on_ground
            | _named_in_sentence(change, actor_mentions, kb)
            | fighting.get(country, set())
        )
        if change.previous_controller and not change.new_controller:
            enemy = _only_enemy(change.previous_controller, enemies, kb)
            if _could_hold(enemy, country, named, kb):
                change.new_controller = enemy
        elif change.new_controller and not change.previous_controller:
            enemy = _only_enemy(change.new_controller, enemies, kb)
            if _could_hold(enemy, country, named, kb):
                change.previous_controller = enemy


def _ground_holders(controls: list[ControlChange], kb: ActorKB) -> set[str]:
    """The sides the article itself names (in words, not filled in) holding, taking or
    losing ground: even a denial ("X did not lose the town") says X holds ground there."""
    named = [(c.new_controller, c.new_controller_text) for c in controls]
    named += [(c.previous_controller, c.previous_controller_text) for c in controls]
    return {kb.top_of(actor) for actor, text in named if actor and text}


def _fighting_on_the_ground(
    events: list[Event], place_countries: dict[str, str], kb: ActorKB
) -> dict[str, set[str]]:
    """The sides the article names attacking on the ground in each country ("Russian forces
    attacked positions near Bakhmut"): an occupier could hold a town there. Air and drone strikes do
    not put a side on the ground."""
    found: dict[str, set[str]] = {}
    for event in events:
        if event.type != "ASSAULT" or not event.source_text or event.mode in ("aerial", "drone"):
            continue
        country = place_countries.get(event.place_id or "", "")
        if country and event.source_actor:
            found.setdefault(country, set()).add(kb.top_of(event.source_actor))
    return found


def _other_holder(
    taking: Event, controls: list[ControlChange], relations: list[Relation], kb: ActorKB
) -> str:
    """The one side other than the taker the article plainly says took or held the place
    taken ("the army recaptured the town, which it lost to rebels last week", a taking told
    for an earlier day, or a holding): whom it was taken from ('' when none or several). Not a side it fights beside (the knowledge base's
    friendly edges, the article's backs and allied ties), not an aim ("the operation to
    retake the city"), and not a side named only by what it is ("gunmen", "fighters":
    ``sideless_classes``), which neither takes nor holds for anyone."""
    sideless = get_lexicon().tie_words("sideless_classes")
    if not taking.place_id or taking.source_actor in sideless:
        return ""
    taker = kb.top_of(taking.source_actor)
    holders = {
        kb.top_of(c.new_controller): c.new_controller
        for c in controls
        if c.place_id == taking.place_id
        and (c.kind == "held" or (c.kind == "capture" and _before(c.time, taking.time)))
        and c.new_controller not in ("", *sideless)
        and c.claim.certainty in _PLAIN
    }
    holders.pop(taker, None)
    if len(holders) != 1:
        return ""
    ((top, holder),) = holders.items()
    friends = {
        frozenset((kb.top_of(r.source_actor), kb.top_of(r.target_actor)))
        for r in relations
        if r.kind in _FRIENDLY and r.claim.certainty != _DENIED
    }
    if frozenset((taker, top)) in friends or kb_tied([taking.source_actor, taker], {top}, kb, None):
        return ""
    return holder


def _before(earlier: TimeRef, later: TimeRef) -> bool:
    """A taking told for an earlier day ("overran the village in April"), or for a day when
    the retaking is told for none ("it had recaptured the town, which it lost to rebels last
    week"): one told for the same day is the same taking told of a partner ("the SDF and
    its partners liberated")."""
    if earlier.date is None:
        return False
    return later.date is None or earlier.date < later.date


def could_lose(
    enemy: str,
    taking: Event,
    ground: tuple[list[Event], list[ControlChange], dict[str, str]],
    mentions: list[Mention],
    kb: ActorKB,
) -> bool:
    """Whether ``enemy`` could have lost the place a taking of ground took ("the group seized
    Ramadi"), as a change of hands' loser must: a foreign state the article names only
    fighting the taker elsewhere held nothing there to lose. ``ground``: the article's
    events, changes of hands and each place id's country."""
    events, controls, place_countries = ground
    country = place_countries.get(taking.place_id, "")
    named = _ground_holders(controls, kb) | _named_in_sentence(taking, mentions, kb)
    named |= _fighting_on_the_ground(events, place_countries, kb).get(country, set())
    return _could_hold(enemy, country, named, kb)


def _named_in_sentence(
    change: ControlChange | Event, mentions: list[Mention], kb: ActorKB
) -> set[str]:
    if change.evidence is None:
        return set()
    start, end = change.evidence.start, change.evidence.end
    return {kb.top_of(m.actor_id) for m in mentions if m.actor_id and start <= m.start < end}


def _could_hold(enemy: str, country: str, named: set[str], kb: ActorKB) -> bool:
    """Whether a side could have held, or now hold, a place of ``country``: see the
    module docstring (``named``: the sides shown on the ground or in the sentence)."""
    if not enemy:
        return False
    actor = kb.get(kb.top_of(enemy)) or kb.get(enemy)
    home = actor.country if actor is not None else ""
    return not home or not country or home == country or kb.top_of(enemy) in named


def no_unarmed_doers(events: list[Event], kb: ActorKB, date: Any) -> None:
    """A monitor, an aid group, a news outlet or civilians report, suffer or flee an attack
    but never make one ("the Observatory reported clashes", "civilians fleeing heavy
    battles", "a medic among the dead"): such a doer of a hostile act (a sector listed as
    ``unarmed_sectors`` in relations.yaml, through the office a person holds) is cleared."""
    hostile = frozenset(get_lexicon().events["opponents"]["act_types"])
    unarmed = get_lexicon().armed_side_words("unarmed_sectors")
    for event in events:
        if event.type not in hostile or not event.source_actor:
            continue
        doer = kb.get(kb.side_for(event.source_actor, date))
        if doer is not None and doer.sector in unarmed:
            event.source_actor, event.source_text = "", ""


def leaders_act_through_their_side(events: list[Event], kb: ActorKB, date: Any) -> None:
    """ "Assad bombed Aleppo", "Assad's forces besieged Ghouta": a leader does not fight or
    besiege in person; the act is his state's or group's (the one his office at the date is
    part of). Targets stay persons: a commander can be the one killed or arrested."""
    kinds = frozenset(get_lexicon().events["leader_act_types"])
    for event in events:
        if event.type not in kinds or not event.source_actor:
            continue
        event.source_actor = kb.side_for(event.source_actor, date)


def losers_from_holding(controls: list[ControlChange]) -> list[ControlChange]:
    """'took Yabroud, the rebels' last stronghold', 'retook the IS-held town of Hit': a
    capture that names no loser loses the place to the holder the same sentence gives.
    That holding is the state before the capture, not a claim on the capture's day: it
    is kept only as the capture's loser."""
    holders = {
        c.place_id: c for c in controls if c.kind == "held" and c.place_id and c.new_controller
    }
    consumed: set[str] = set()
    for change in controls:
        held = holders.get(change.place_id)
        if change.kind != "capture" or held is None:
            continue
        if held.new_controller == change.new_controller:
            continue
        if not change.previous_controller:
            change.previous_controller = held.new_controller
            change.previous_controller_text = held.new_controller_text
        if change.previous_controller == held.new_controller:
            consumed.add(held.id)
    return [c for c in controls if c.id not in consumed]


def _never_against_itself(events: list[Event], controls: list[ControlChange], kb: ActorKB) -> None:
    """An actor never attacks itself, its own forces or its own state, nor takes a place
    from itself: such a second side is a misreading ("the SDF is fighting to recapture
    Tabqa from the group", the group read as the SDF) and is dropped. The side dropped is
    the one the sentence does not name, when only one is named ("X repelled the attacks"
    given X's own doer from an act told before): the named side is what the text says."""
    for event in events:
        if not _one_party(event.source_actor, event.target_actor, kb):
            continue
        if event.target_text and not event.source_text:
            event.source_actor = ""
        else:
            event.target_actor, event.target_text = "", ""
    for change in controls:
        if _one_party(change.new_controller, change.previous_controller, kb):
            change.previous_controller, change.previous_controller_text = "", ""


def _one_party(a: str, b: str, kb: ActorKB) -> bool:
    if not a or not b:
        return False
    return a == b or (not a.startswith("GEN_") and kb.top_of(a) == kb.top_of(b))


def _enemies(
    events: list[Event], relations: list[Relation], controls: list[ControlChange], kb: ActorKB
) -> dict[str, set[str]]:
    pairs = [
        (r.source_actor, r.target_actor)
        for r in relations
        if r.kind == "fights" and r.claim.certainty != _DENIED
    ]
    pairs += [
        (e.source_actor, e.target_actor)
        for e in events
        if e.type in _VIOLENT and e.claim.certainty != _DENIED
    ]
    pairs += [
        (c.new_controller, c.previous_controller) for c in controls if c.claim.certainty != _DENIED
    ]
    # "gunmen", "warplanes", "fighters": who acted, not for whom, so no one's known enemy
    sideless = get_lexicon().tie_words("sideless_classes")
    found: dict[str, set[str]] = defaultdict(set)
    for a, b in pairs:
        if not a or not b or CIVILIANS in (a, b) or _one_party(a, b, kb):
            continue
        if a in sideless or b in sideless:
            continue
        for side, enemy in ((a, b), (b, a)):
            # the same class twice in one article is one side ("rebels ... the rebels")
            found[kb.top_of(side)].add(enemy)
    return found


def _leave_out_backers(
    enemies: dict[str, set[str]], relations: list[Relation], kb: ActorKB
) -> None:
    """A backer of a side's enemy fights beside it ("the offensive, supported by coalition
    strikes"): the enemy is the side it backs, not a second one. Dropped in place."""
    backs = {
        (kb.top_of(r.source_actor), kb.top_of(r.target_actor))
        for r in relations
        if r.kind == "backs" and r.claim.certainty != _DENIED
    }
    for side, found in enemies.items():
        tops = {kb.top_of(c) for c in found}
        backers = {c for c in found if any((kb.top_of(c), t) in backs for t in tops)}
        if backers and backers != found:
            enemies[side] = found - backers


def _only_enemy(actor_id: str, enemies: dict[str, set[str]], kb: ActorKB) -> str:
    """The one enemy the article gives the actor ('' when none, or several sides)."""
    candidates = enemies.get(kb.top_of(actor_id), set())
    sides = {kb.top_of(c) for c in candidates}
    if len(sides) != 1:
        return ""
    return min(candidates)
