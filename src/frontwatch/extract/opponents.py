"""The side a one-sided hostile act is aimed at, when only the article's subject says it.

Reporting is about a fight between two parties and names the other one once in a while:
"the SDF have taken 45 square kilometres from ISIS ... the SDF continue to fight towards
the centre of Raqqa". When the article's own statements give the acting side no enemy
(``sides.py`` tries those first), its opponent is the party the article names most, if
the article names it at least twice and more often than any other party that is not the
acting side, its own organs or a side tied to it (by the knowledge base's backing,
alliance or membership edges, or by the article's own backs/allied relations). The same
holds the other way: an act on a named side whose doer the sentence hides ("four soldiers
were killed", "army positions were shelled") comes from that side's main opponent.

Parties are armed groups, states and their organs (a person counts as what he acts for);
a state name used as a location ("airstrikes in Syria") is no party. The filled side
keeps an empty ``target_text`` or ``source_text``: the article names it, not the sentence.
A deed whose known side the sentence does not name either (the article filled it in) is
left one-sided, its second side being a guess built on a guess, unless it is a taking of
ground or a battle: those are fought between forces ("the city was recaptured on Sunday").
A doer named only by what it is ("warplanes", "gunmen", "troops": ``sideless_classes`` in
relations.yaml) gets no enemy from the article either: it is of no known side. Nor does a
deed whose sentence lists that opponent with the known side as its doers ("X and later Y
entered the city": extract/colisted.py).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping

from frontwatch.extract.armed import FIGHTING_CLASSES, armed_side, kb_tied
from frontwatch.extract.captures import CAPTURE_MODE
from frontwatch.extract.colisted import listed_with_known_side
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.placeroles import named_as_doer
from frontwatch.extract.sides import could_lose
from frontwatch.extract.tally import most_named
from frontwatch.kb.actors.kb import ActorKB
from frontwatch.records import ControlChange, Event, Mention, Relation


def face_main_opponents(
    events: list[Event],
    relations: list[Relation],
    actor_mentions: Iterable[Mention],
    place_mentions: Iterable[Mention],
    kb: ActorKB,
    date: dt.date | None,
    place_countries: Mapping[str, str] | None = None,
    controls: list[ControlChange] | None = None,
) -> None:
    """Give one-sided hostile acts the article's main opponent of their known side, in
    place: the target of a doer's act, or the doer of an act on a named side ("three
    soldiers were killed", "an attack on army positions"). ``place_countries`` gives the
    country of each place id (see ``_abroad``); a taking of ground is aimed only at a side
    that could have held the place (``sides.could_lose``, over the article's ``controls``)."""
    hostile = frozenset(get_lexicon().events["opponents"]["act_types"])
    one_sided = [
        e for e in events if e.type in hostile and bool(e.source_actor) != bool(e.target_actor)
    ]
    if not one_sided:
        return
    mentions = list(actor_mentions)
    named = parties_named(mentions, place_mentions, kb, date)
    sideless = get_lexicon().tie_words("sideless_classes")
    found: dict[str, str] = {}  # side -> its opponent, worked out once per article
    countries = place_countries or {}
    acting = _acting_where(events, countries, kb, date)
    for event in one_sided:
        if event.casualties.civilians:
            continue  # an attack on civilians is aimed at them, not at a party
        if not _named_side(event) and not fight_between_forces(event.mode, event.trigger):
            continue  # its known side is itself the article's guess: leave the other open
        known = event.source_actor or event.target_actor
        if known in sideless:
            continue  # "warplanes", "gunmen": who acted, not for whom, so no enemy either
        side = party_of(known, kb, date)
        if side and side not in found:
            named.setdefault(side, Counter())[known] += 0
            found[side] = main_opponent(side, named, relations, kb, date)
        other = found.get(side, "")
        if event.source_actor and _abroad(side, other, event, countries, kb, acting):
            continue
        ground = (events, controls or [], dict(countries))
        taking = event.source_actor and event.mode == CAPTURE_MODE
        if taking and not could_lose(other, event, ground, mentions, kb):
            continue  # "the group seized Ramadi": not from a foreign air force elsewhere
        if _named_in_own_phrase(other, event, mentions, kb, date):
            continue  # "groups affiliated with X attacked": X is the doer's tie, not its foe
        if listed_with_known_side(other, event, mentions, lambda a: party_of(a, kb, date)):
            continue  # "X and later Y entered the city": Y is X's partner in it, no enemy
        if event.source_actor:
            event.target_actor = other
        else:
            event.source_actor = other


def _named_in_own_phrase(
    other: str, event: Event, mentions: list[Mention], kb: ActorKB, date: dt.date | None
) -> bool:
    """Whether the known side's own words name the opponent after a link ("groups
    affiliated with X": ``postposed_links`` in events.yaml), not "troops" in "rebel troops"."""
    own = event.source_text if event.source_actor else event.target_text
    words = own.lower().split()
    links = get_lexicon().events["postposed_links"]
    linked = next((i for i, w in enumerate(words) if w in links), None)
    if not other or linked is None:
        return False
    after = " ".join(own.split()[linked + 1 :])
    return any(m.text in after and party_of(m.actor_id or "", kb, date) == other for m in mentions)


def _abroad(
    side: str,
    other: str,
    event: Event,
    place_countries: Mapping[str, str],
    kb: ActorKB,
    acting: set[tuple[str, str]],
) -> bool:
    """A state's act in a country not the opponent's: the article's most named other state
    (Turkey in a Turkish agency's report of regime strikes in Idlib, the US in a report of
    its diplomacy) is no target the article gives, unless the act hits its own ground or
    the article names that state's forces acting in the country (an invader's troops are
    what the defender's strikes on its own ground hit)."""
    doer, opponent = kb.get(side), kb.get(other)
    if doer is None or opponent is None or doer.type != "state" or opponent.type != "state":
        return False
    country = place_countries.get(event.place_id or "", "")
    return bool(country) and country != opponent.country and (other, country) not in acting


def _acting_where(
    events: Iterable[Event], place_countries: Mapping[str, str], kb: ActorKB, date: dt.date | None
) -> set[tuple[str, str]]:
    """(party, country) of each act whose sentence names its doer and its place."""
    found: set[tuple[str, str]] = set()
    for event in events:
        country = place_countries.get(event.place_id or "", "")
        if event.source_actor and event.source_text and country:
            found.add((party_of(event.source_actor, kb, date), country))
    return found


def _named_side(event: Event) -> bool:
    """Whether the sentence names the deed's known side (not filled in from the article)."""
    return bool(event.source_text if event.source_actor else event.target_text)


def fight_between_forces(mode: str, trigger: str) -> bool:
    """A taking of ground or a battle: both its sides are fighting parties, whoever they are
    ("the city was recaptured", "the battle for the town"), unlike a strike or a killing."""
    table = get_lexicon().events["opponents"]
    return mode in table["guessed_side_modes"] or trigger.lower() in table["guessed_side_triggers"]


def parties_named(
    actor_mentions: Iterable[Mention],
    place_mentions: Iterable[Mention],
    kb: ActorKB,
    date: dt.date | None,
) -> dict[str, Counter[str]]:
    """Each party the article names as an actor (not as a location): how often it names
    it by each actor id."""
    located = {(m.start, m.end) for m in place_mentions if not named_as_doer(m)}
    named: dict[str, Counter[str]] = {}
    for mention in actor_mentions:
        if not mention.actor_id or (mention.start, mention.end) in located:
            continue
        side = party_of(mention.actor_id, kb, date)
        if side:
            named.setdefault(side, Counter())[mention.actor_id] += 1
    return named


def fighting_sides(
    actor_mentions: Iterable[Mention], kb: ActorKB, date: dt.date | None
) -> list[tuple[int, str]]:
    """Where the article names a fighting party (not civilians, media or aid groups), and
    the party."""
    found = ((m.start, party_of(m.actor_id, kb, date)) for m in actor_mentions if m.actor_id)
    return [(start, party) for start, party in found if party]


def party_of(actor_id: str, kb: ActorKB, date: dt.date | None) -> str:
    """The party an actor fights for ('' for civilians, media, aid groups, political
    parties...): an armed side, a government organ standing for its state, or a class of
    a fighting sector ("troops" unresolved still face "rebels")."""
    actor_id = kb.side_for(actor_id, date)  # a person of no known office stays one: no side
    armed = armed_side(kb.get(actor_id), classes=FIGHTING_CLASSES, governing=True)
    return kb.top_of(actor_id) if armed else ""


def main_opponent(
    side: str,
    named: dict[str, Counter[str]],
    relations: list[Relation],
    kb: ActorKB,
    date: dt.date | None,
) -> str:
    """The party named most besides ``side`` and its friends ('' unless clearly so)."""
    counts = Counter(
        {
            party: sum(named[party].values())
            for party in _opponents_among(named, side, named, relations, kb, date)
        }
    )
    top = most_named(counts)
    floor = int(get_lexicon().events["opponents"]["min_mentions"])
    if not top or (counts[top] < floor and not _sole_armed_group(top, counts, kb)):
        return ""
    return top


def _opponents_among(
    parties: Iterable[str],
    side: str,
    named: dict[str, Counter[str]],
    relations: list[Relation],
    kb: ActorKB,
    date: dt.date | None,
) -> list[str]:
    """The parties that may be ``side``'s enemy: not it, its friends in the article or the
    knowledge base, nor a party a class of ``side`` may stand for."""
    friends = _article_friends(side, relations, kb)
    return [
        party
        for party in parties
        if party not in friends
        and not _tied(side, party, named, kb, date)
        and not _may_be_the_same(side, party, kb)
    ]


def _may_be_the_same(side: str, party: str, kb: ActorKB) -> bool:
    """A class may stand for a named party of its own sector (state media's "terrorists"
    are the Nusra Front it names): that party is not the class's enemy. (The other way
    round, the class's mentions stay among the named group's candidates: they are most
    often the group itself, and a tie with them leaves the side open.)"""
    one, other = kb.get(side), kb.get(party)
    if one is None or other is None or one.type != "generic":
        return False
    return bool(one.sector) and one.sector == other.sector


def _sole_armed_group(party: str, counts: Counter[str], kb: ActorKB) -> bool:
    """ "Iraqi troops renewed their push on Ramadi" in an article that names one
    other party, an insurgent group, once: that group is the enemy, however rarely named."""
    actor = kb.get(party)
    types = get_lexicon().events["opponents"]["sole_party_types"]
    return len(counts) == 1 and actor is not None and actor.type in types


def _article_friends(side: str, relations: list[Relation], kb: ActorKB) -> set[str]:
    """The side and those the article says back it or are its allies."""
    friendly = frozenset(get_lexicon().events["opponents"]["friendly_relations"])
    found = {side}
    for relation in relations:
        pair = {kb.top_of(relation.source_actor), kb.top_of(relation.target_actor)}
        if relation.kind in friendly and side in pair:
            found |= pair
    return found


def _tied(
    side: str, other: str, named: dict[str, Counter[str]], kb: ActorKB, date: dt.date | None
) -> bool:
    """Whether the knowledge base ties the two parties: an edge of backing, alliance or
    membership between the parties, their organs, or the ids the article used for them
    (Russia backs Syria's government, not Syria)."""
    return kb_tied(_group(side, named, kb), {other}, kb, date)


def _group(party: str, named: dict[str, Counter[str]], kb: ActorKB) -> set[str]:
    branches = get_lexicon().events["opponents"]["organ_branches"]
    return {party, *named.get(party, ()), *(kb.arm_of(party, b) for b in branches)}


def enemy_candidates(
    side: str,
    named: dict[str, Counter[str]],
    relations: list[Relation],
    kb: ActorKB,
    date: dt.date | None,
) -> list[str]:
    """The parties the article names that may be ``side``'s enemy (see ``main_opponent``)."""
    return _opponents_among(named, side, named, relations, kb, date)


def friends_of_state(state: str, named: dict[str, Counter[str]], kb: ActorKB) -> set[str]:
    """A state with its organs and the ids the article used for it ("Syria's government")."""
    return _group(state, named, kb)
