"""Changes of hands told by a noun: "the capture of T by X", "the fall of T to X",
"X declared victory over Y in T"."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import Any

from frontwatch.extract.arguments import first_actor, pobjs
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.control_guards import names_no_ground
from frontwatch.extract.control_objects import place_or_own_name
from frontwatch.extract.lexicon import lemma_of
from frontwatch.extract.observations import (
    Observation,
    actor_of,
    control_words,
    is_combatant,
    place_in,
    town_or_district,
)
from frontwatch.extract.placeanaphors import start_of_sentences_before
from frontwatch.extract.possessors import praised_ones
from frontwatch.extract.verbsubjects import subject_of
from frontwatch.records import Mention


def capture_noun(noun: Any, ctx: ArticleContext) -> Iterator[Observation]:
    """ "the capture of T by X", "X's capture of T", "the fall of T to X"; "the fall of
    the city" (the town named before), "the seizure of the town of B" (B unknown)."""
    takers = frozenset({"by", "to"})
    agents = pobjs(noun, takers) or _objects_right_after(noun, takers)
    own = pobjs(noun, frozenset({"of"}))
    objects = own or _ground_after_the_taker(agents, ctx)
    if objects and names_no_ground(objects[0]):
        return  # "the capture of dozens of fighters near T": people taken, not ground
    # "the towns of A" after the taker are named there, not a town named before
    places = [p for p in (place_or_own_name(o, ctx, town_named_before=bool(own)) for o in objects) if p]
    if not objects:
        places = _place_as_owner(noun, ctx, taken_by_someone=bool(agents))
    new = (
        first_actor(agents, ctx)
        # "the fall of the city of T to X": the parser hangs "to X" inside the object
        or first_actor([g for o in objects for t in o.subtree for g in pobjs(t, takers)], ctx)
        or _taker_on_the_verb(noun, ctx)
        or first_actor([c for c in noun.children if c.dep_ in ("poss", "compound", "amod")], ctx)
        or _doer_of_deed(noun, ctx)
        or _praised_doer(noun, ctx)
    )
    if places:  # with no taker named, extract/takers.py asks the context
        # "the liberation of T from Y": the parser hangs "from Y" on the noun or on T
        losers = [g for t in (noun, *objects) for g in pobjs(t, frozenset({"from"}))]
        yield Observation("capture", noun, places[0], new, first_actor(losers, ctx))


def _ground_after_the_taker(agents: list[Any], ctx: ArticleContext) -> list[Any]:
    """ "the capture last month by X of the towns of A, B and C": the parser hangs the "of"
    phrase on the taker; it names the ground taken when it names a place and no side ("the
    capture by forces of the regime" names who took, not what)."""
    found = [o for t in agents for o in pobjs(t, frozenset({"of"}))]
    return [o for o in found if actor_near(ctx, o) is None and place_or_own_name(o, ctx)]


def _objects_right_after(noun: Any, preps: frozenset[str]) -> list[Any]:
    """The objects of a "by" or "to" that follows the noun at once (past a date: "the capture
    last month by X") but that the parser hung on the clause's verb."""
    doc, i = noun.doc, noun.i + 1
    while i < len(doc) and (doc[i].ent_type_ in ("DATE", "TIME") or _before_a_date(doc, i)):
        i += 1
    if i == len(doc) or doc[i].lower_ not in preps or doc[i].head.i == noun.i:
        return []
    return [c for c in doc[i].children if c.dep_ == "pobj"]


def _before_a_date(doc: Any, i: int) -> bool:
    """ "on" in "the capture on Sunday by X": a preposition whose object is a date."""
    return doc[i].pos_ == "ADP" and i + 1 < len(doc) and doc[i + 1].ent_type_ in ("DATE", "TIME")


def _place_as_owner(noun: Any, ctx: ArticleContext, *, taken_by_someone: bool) -> list[Mention]:
    """ "T's fall to X", "after Avdiivka's capture by X": a town that owns the noun, with
    no "of" after it, is what changed hands (a side that owns it, "X's capture", took).
    "until its capture by X", "its fall to X": with the taker named, "its" is the town
    named before (without one, "its capture" may be a side's own deed)."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    places = [
        _place_its_stands_for(o, ctx) if taken_by_someone and o.lower_ == "its" else place_in(o, ctx)
        for o in owners
    ]
    return [p for p in places if p is not None and town_or_district(p)]


def _place_its_stands_for(its: Any, ctx: ArticleContext) -> Mention | None:
    """The town "its" stands for: the last town that is a clause's subject (or opens a
    sentence), in this sentence or the two before ("The base held out for years. Its capture by X ..."),
    or the object of the verb the capture is told on ("residents fled T after its capture by
    X"); a town named only in passing ("a convoy ambushed near T before its capture") is none."""
    start = start_of_sentences_before(its, 2)
    order = ctx.place_order
    over = {t.i for t in its.ancestors}
    for i in reversed(order[bisect.bisect_left(order, start) : bisect.bisect_left(order, its.i)]):
        mention = ctx.place_at[i]
        opens = i == its.doc[i].sent.start  # "T (Arabic: ...) was a barracks": the sentence's topic
        root = _phrase_root(its.doc[i])
        topic = root.dep_ in _SUBJECTS or (root.dep_ == "dobj" and root.head.i in over)
        if (opens or topic) and town_or_district(mention):
            return mention
    return None


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "ROOT"})  # a root name: the parser's fragment about it


def _phrase_root(tok: Any) -> Any:
    """The head of the noun phrase a name's word stands in ("Kuweires" in "The Kuweires air base")."""
    while tok.dep_ in ("compound", "amod", "nmod", "det", "punct") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _taker_on_the_verb(noun: Any, ctx: ArticleContext) -> Mention | None:
    """ "acknowledged the fall of T to X": the parser hangs "to X" on the verb; only an
    armed side is whom T fell to ("reported the capture of T to the UN" is not)."""
    if noun.dep_ != "dobj" or lemma_of(noun) != "fall":
        return None
    side = first_actor(pobjs(noun.head, frozenset({"to"})), ctx)
    return side if is_combatant(side, ctx) else None


def _doer_of_deed(noun: Any, ctx: ArticleContext) -> Mention | None:
    """ "X took part in the liberation of T", "X completed the capture of T": the subject
    of a verb of taking part or achieving is who took the place; "the capture of T was
    announced by X": the passive's agent is."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ == "nsubjpass":
        return _passive_doer(verb, ctx)
    if noun.dep_ not in ("pobj", "dobj"):
        return None
    if lemma_of(verb) not in control_words("deed_verbs"):
        return None
    return actor_of(subject_of(verb), ctx)


def _praised_doer(noun: Any, ctx: ArticleContext) -> Mention | None:
    """ "congratulated X on their liberation of T", "praised X for its capture of T": the
    armed side praised for a deed that a possessive pronoun owns did it."""
    side = first_actor(praised_ones(noun), ctx)
    return side if side is not None and (is_combatant(side, ctx) or _leader(side, ctx)) else None


def _passive_doer(verb: Any, ctx: ArticleContext) -> Mention | None:
    """ "the capture of T was completed by X": X took T; "was announced by X": X took it
    only when X is an armed side (or its leader) claiming its own deed (a monitor or a state announcing,
    hailing or welcoming it is only the speaker, which certainty.py records)."""
    lemma = lemma_of(verb)
    agent = first_actor(pobjs(verb, frozenset({"by"})), ctx)
    if lemma in control_words("passive_deed_marks"):
        return agent
    claimer = agent is not None and (is_combatant(agent, ctx) or _leader(agent, ctx))
    if lemma in control_words("passive_claim_marks") and claimer:
        return agent  # an armed side, or its leader ("announced by the prime minister")
    return None


def victory(noun: Any, ctx: ArticleContext) -> Iterator[Observation]:
    """ "X declared victory over Y in T", "X's victory in T", "X claimed victory in the
    battle for T": the winner of a fight in a town or district took it."""
    if any(lemma_of(t) in control_words("victory_non_fights") for t in noun.subtree):
        return  # "victory in the elections in T"
    verb = noun.head if noun.dep_ in ("dobj", "nsubjpass") else None
    place = _place_of_victory(noun, verb, ctx)
    if place is None:
        return
    loser = first_actor(pobjs(noun, control_words("victory_loser_preps")), ctx)
    winner = _winner(noun, verb, ctx)
    sides = [s for s in (winner, loser) if s is not None]
    if (
        sides
        and all(is_combatant(s, ctx) or _leader(s, ctx) for s in sides)
        and len({s.actor_id for s in sides}) == len(sides)
    ):
        yield Observation("capture", noun, place, winner, loser)


def _place_of_victory(noun: Any, verb: Any | None, ctx: ArticleContext) -> Mention | None:
    """The town "in T" or "at T" says, wherever the parser hung it: on the noun, inside
    its phrase ("over IS in T") or on the verb ("declared victory ... in T")."""
    preps = control_words("victory_place_preps")
    found = [
        g
        for t in noun.subtree
        if t.dep_ == "prep" and t.lower_ in preps
        for g in t.children
        if g.dep_ == "pobj"
    ]
    if verb is not None:
        found += pobjs(verb, preps)
    for tok in found:
        place = place_in(tok, ctx)
        if place is not None and town_or_district(place):
            return place
    return None


def _winner(noun: Any, verb: Any | None, ctx: ArticleContext) -> Mention | None:
    owners = [c for c in noun.children if c.dep_ in ("poss", "compound") and c.pos_ != "PRON"]
    # "congratulated X on their victory over Y in T": X won, not the one praising
    winner = first_actor(owners, ctx) or _praised_doer(noun, ctx)
    if winner is None and verb is not None and lemma_of(verb) in control_words("victory_verbs"):
        winner = actor_of(subject_of(verb), ctx)
    return winner  # a leader ("al-Abadi declared victory") stands for his side


def _leader(side: Mention, ctx: ArticleContext) -> bool:
    """A person who holds an office of a side at the report's date ("al-Abadi")."""
    actor = ctx.kb.get(side.actor_id)
    return (
        actor is not None
        and actor.type == "person"
        and bool(ctx.kb.acting_for(side.actor_id, ctx.published))
    )
