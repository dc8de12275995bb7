"""Territorial control: who took, left or holds which place.

"X captured T (from Y)" -> capture; "Y withdrew from T" -> withdrawal;
"T is held by X", "X-held T", "under X control", "the X pocket of T" -> held.
Places come from the gazetteer's place mentions; nothing is recorded without one.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache
from typing import Any

from frontwatch.extract.arguments import first_actor, is_passive, pobjs
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.control_after import taken_as_the_other_side_left
from frontwatch.extract.control_entries import clause_pobjs, clearing, enterable
from frontwatch.extract.control_falls import falling
from frontwatch.extract.control_flags import flag_flying, flag_raising
from frontwatch.extract.control_guards import (
    country_only_located,
    enters_to_strike,
    ground_left_takes,
    heads_for,
    keep_armed_loser,
    leaves_a_state,
    leaves_on_an_errand,
    leaves_part_of_a_town,
    moves_to_defend,
    names_ground,
    names_no_ground,
    passing_capture,
    passing_incursion,
    stops_at_edge,
    takes_no_ground,
    too_wide_to_enter,
    withdraws_no_force,
)
from frontwatch.extract.control_incursions import opens_a_fight
from frontwatch.extract.control_names import place_named_by_noun
from frontwatch.extract.control_nouns import capture_noun, victory
from frontwatch.extract.control_objects import (
    a_town_in_its_area,
    area_of_an_unknown_town,
    first_place,
    name_over_its_area,
    names_a_place,
    object_place,
    own_place_first,
    place_and_agent,
)
from frontwatch.extract.control_owners import (
    forces_of_a_named_side,
    owning_speaker,
    speakers_own_forces,
)
from frontwatch.extract.control_participles import recent_capture
from frontwatch.extract.control_records import control_record
from frontwatch.extract.control_spells import held_verb
from frontwatch.extract.control_sweeps import finished_sweep, is_sweep_word
from frontwatch.extract.donecaptures import takes_a_town
from frontwatch.extract.holding import held_adjective, in_control, pocket, under_control
from frontwatch.extract.lexicon import control_cue_words, get_lexicon, lemma_of, lemma_of_words
from frontwatch.extract.observations import (
    OBSERVED_KEYS,
    Observation,
    control_words,
    gapped_objects,
    is_combatant,
    place_in,
    subject_actor,
    with_coordinated_places,
)
from frontwatch.extract.riverside import at_a_river
from frontwatch.extract.takers import complete_taker
from frontwatch.extract.timeref import TimeMatch
from frontwatch.extract.verbsubjects import subject_of
from frontwatch.nlp.wordtest import WordTest, tokens_passing
from frontwatch.records import ControlChange, Mention


def control_in(sent: Any, ctx: ArticleContext, times: Sequence[TimeMatch]) -> list[ControlChange]:
    """Control changes stated in one sentence."""
    out: dict[str, ControlChange] = {}
    for seen in _observations(sent, ctx):
        found = taken_as_the_other_side_left(seen, ctx)
        found = forces_of_a_named_side(speakers_own_forces(found, ctx), ctx)
        complete_taker(found, ctx)
        if found.armed_taker and not is_combatant(found.new, ctx):
            continue
        keep_armed_loser(found, ctx)
        if found.new is None and found.previous is None:
            continue
        for obs in with_coordinated_places(found, ctx):
            if at_a_river(ctx.places, obs.place.place_id):
                continue  # "IS strongholds south of the Euphrates": nobody holds a river
            record = control_record(obs, sent, ctx, times)
            out.setdefault(record.id, record)  # "held" is both a verb and an adjective cue
    return list(out.values())


def _observations(sent: Any, ctx: ArticleContext) -> Iterator[Observation]:
    for tok in tokens_passing(sent, cue_test(observed_words())):  # else no cue below fires
        yield from observations_at(tok, lemma_of(tok), ctx)


@cache  # one test per word set: tokens_passing memoises each test's answers
def cue_test(heads: frozenset[str]) -> WordTest:
    """Whether a token of this lower-case form and lemma is one of ``heads``."""

    def heads_a_cue(lower: str, lemma: str) -> bool:
        return lemma_of_words(lower, lemma) in heads or lower in heads

    return heads_a_cue


_UNDER_CONTROL = "control"


@cache  # the lexicon never changes within a process
def observed_words() -> frozenset[str]:
    """The cue words of the lists in OBSERVED_KEYS and the literal cue."""
    return control_cue_words(OBSERVED_KEYS) | {_UNDER_CONTROL}


def observations_at(tok: Any, lemma: str, ctx: ArticleContext) -> Iterator[Observation]:
    """The control observations whose cue ``tok`` (of lemma ``lemma``) heads."""
    if tok.pos_ == "VERB" and tok.dep_ not in ("amod", "compound"):
        if lemma in control_words("capture_verbs"):
            yield from _capture(tok, ctx)
        elif lemma in control_words("entry_verbs"):
            yield from _entry(tok, ctx)
        elif lemma in control_words("into_entry_verbs"):
            yield from _entry_into(tok, ctx)
        elif lemma in control_words("control_taking_verbs"):
            taken = list(_control_taken(tok, ctx))  # "secured control of T"
            yield from taken
            if not taken and lemma in control_words("done_capture_verbs") and takes_a_town(tok, ctx):
                yield from _capture(tok, ctx)  # "have secured the towns of A and B"
        elif lemma in control_words("handover_verbs"):
            yield from _handover(tok, ctx)
        elif lemma in control_words("clearing_verbs"):
            yield from clearing(tok, ctx)
        elif lemma in control_words("falling_verbs"):
            yield from falling(tok, ctx)
        elif _phrasal(tok) in control_words("withdrawal_verbs") or lemma in control_words(
            "withdrawal_verbs"
        ):
            yield from _withdrawal(tok, ctx)
        elif lemma in control_words("held_verbs"):
            yield from held_verb(tok, ctx)
    if tok.pos_ == "VERB" and tok.dep_ == "amod" and lemma in control_words("capture_verbs"):
        yield from recent_capture(tok, ctx)  # "the recently recaptured town of T"
    if tok.pos_ == "VERB" and lemma in control_words("flag_verbs"):
        yield from flag_raising(tok, ctx)
    if tok.pos_ == "VERB" and lemma in control_words("flag_flying_verbs"):
        yield from flag_flying(tok, ctx)
    if tok.lower_ in control_words("freed_adjectives") and tok.dep_ == "acomp":
        yield from _freed(tok, ctx)
    if tok.pos_ in ("NOUN", "PROPN") and lemma in control_words("capture_nouns"):
        yield from capture_noun(tok, ctx)
    if tok.pos_ == "NOUN" and lemma in control_words("victory_nouns"):
        yield from victory(tok, ctx)
    if is_sweep_word(tok):
        yield from finished_sweep(tok, ctx)
    if tok.lower_ in control_words("held_adjectives") and tok.dep_ in (
        "amod",
        "compound",
        "acl",
    ):
        yield from held_adjective(tok, ctx)
    if lemma == _UNDER_CONTROL and tok.dep_ == "pobj" and tok.head.lower_ == "under":
        yield from under_control(tok, ctx)
    if lemma == _UNDER_CONTROL and tok.dep_ == "pobj" and tok.head.lower_ == "in":
        yield from in_control(tok, ctx)
    if lemma in control_words("pocket_nouns"):
        yield from pocket(tok, ctx)


def _phrasal(verb: Any) -> str:
    prts = [
        c.lower_ for c in verb.children if c.dep_ in ("prt", "prep") and c.lower_ in ("out", "back")
    ]
    return f"{lemma_of(verb)} {prts[0]}" if prts else lemma_of(verb)


@cache
def _capture_idioms() -> frozenset[str]:
    return get_lexicon().capture_idioms()


def _capture(verb: Any, ctx: ArticleContext) -> Iterator[Observation]:
    if any(
        c.dep_ == "dobj" and lemma_of(c) in _capture_idioms() and not _share_of_a_place(c, ctx)
        for c in verb.children
    ):
        return  # "operations are taking place", "took up positions", "seized the initiative"
    if takes_no_ground(verb) or passing_capture(verb) or stops_at_edge(verb):
        return
    previous = first_actor(clause_pobjs(verb, control_words("from_preps")), ctx) or _gapped_loser(verb, ctx)
    place, new = place_and_agent(verb, ctx)
    if place is None and not is_passive(verb):
        place = _place_of_control(verb, ctx) or _place_of_territory(verb, ctx)
    if place is None:  # "captured several of them, including the city of T"
        included = clause_pobjs(verb, control_words("inclusion_preps"))
        place = first_place([t for t in included if not names_no_ground(t)], ctx)
    if place is None or country_only_located(verb, place, ctx) or heads_for(place, verb, ctx):
        return
    if not area_of_an_unknown_town(verb, place, ctx):
        yield Observation("capture", verb, place, new, previous)


def _gapped_loser(verb: Any, ctx: ArticleContext) -> Mention | None:
    """ "retook A and then B from the rebels": the "from" the parser hung on the second
    object tells whom both were taken from."""
    froms = [g for obj in gapped_objects(verb) for g in pobjs(obj, control_words("from_preps"))]
    return first_actor(froms, ctx)


def _share_of_a_place(obj: Any, ctx: ArticleContext) -> bool:
    """ "large parts of T": a share of a place, not the idiom "took part"."""
    shares = pobjs(
        obj, frozenset({"of"})
    )  # "part of the blame for the violence in T": no share of T
    return lemma_of(obj) in control_words("portion_nouns") and any(
        names_a_place(g, ctx) for g in shares
    )


def _entry(verb: Any, ctx: ArticleContext) -> Iterator[Observation]:
    """ "Houthi fighters stormed Sanaa", "Tigrayan forces entered Mekelle", "their
    forces have entered T" (the force the context names)."""
    place, new = place_and_agent(verb, ctx)
    if place is None or not enterable(place) or too_wide_to_enter(place, ctx):
        return
    if stops_at_edge(verb):
        return  # "entered the outskirts of T" stops at its edge
    if not enters_to_strike(verb) and not passing_incursion(verb):
        # "entered the IS stronghold of T": the assault on T, no change of hands
        fight = opens_a_fight(verb)
        yield Observation("capture", verb, place, new, armed_taker=True, assault_only=fight)


def _entry_into(verb: Any, ctx: ArticleContext) -> Iterator[Observation]:
    """ "Houthi fighters advanced into T", "al-Shabaab marched into the towns of B and C";
    not "advanced into the outskirts of T", which stops at its edge."""
    targets = [
        g
        for g in pobjs(verb, frozenset({"into"}))
        if lemma_of(g) not in control_words("edge_nouns")
    ]
    if (
        targets
        and lemma_of(verb) in control_words("into_named_place_verbs")
        and not names_a_place(targets[0], ctx)
    ):
        return  # "moved into positions near T" stops short of T
    place = own_place_first(targets[0], ctx) if targets else None
    if place is None or not enterable(place) or too_wide_to_enter(place, ctx):
        return
    if enters_to_strike(verb) or moves_to_defend(verb):
        return
    if not passing_incursion(verb):
        yield Observation("capture", verb, place, subject_actor(verb, ctx), armed_taker=True)


def _control_taken(verb: Any, ctx: ArticleContext) -> Iterator[Observation]:
    """ "jihadists gained control over the town of B", "X established control over T"."""
    place = _place_of_control(verb, ctx)
    if place is None or is_passive(verb) or passing_capture(verb) or heads_for(place, verb, ctx):
        return
    previous = first_actor(clause_pobjs(verb, control_words("from_preps")), ctx)
    yield Observation("capture", verb, place, subject_actor(verb, ctx), previous, armed_taker=True)


def _handover(verb: Any, ctx: ArticleContext) -> Iterator[Observation]:
    """ "Elders surrendered the town to the Taliban", "handed over Manbij to X",
    "T was lost to X", "X lost control of T" (to a taker named or not)."""
    new = first_actor(pobjs(verb, frozenset({"to"})), ctx)
    lost_control = None
    if is_passive(verb):
        place, previous = place_and_agent(verb, ctx)[0], None
    else:
        previous = subject_actor(verb, ctx)
        if lemma_of(verb) == "lose":  # "X lost control of T (to Y)"
            lost_control = _place_of_control(verb, ctx)
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        place = lost_control or object_place(verb, objs, ctx)
    if place is not None and (new is not None or (lost_control and is_combatant(previous, ctx))):
        yield Observation("capture", verb, place, new, previous)


def _place_of_control(verb: Any, ctx: ArticleContext) -> Mention | None:
    """ "took control of T", "seized control Sunday of T", "regained control over T"."""
    objs = [
        c
        for c in verb.children
        if c.dep_ == "dobj" and lemma_of(c) in control_words("control_objects")
    ]
    if not objs:
        return None
    preps = control_words("control_object_preps")
    holders = [*objs, verb]
    found = [g for h in holders for g in pobjs(h, preps)] + clause_pobjs(verb, preps)
    # "took control of B in the Gedo region" (B unknown): the region only locates B
    located = first_place(found, ctx) or first_place(clause_pobjs(verb, frozenset({"in"})), ctx)
    place = name_over_its_area(found[0], located, ctx) if found else None
    if place is not None and place is located and place is not first_place(found, ctx):
        place = None  # a town the clause names beside the object is no object
    return place or next((p for p in (place_named_by_noun(g, ctx) for g in found) if p), None)


def _place_of_territory(verb: Any, ctx: ArticleContext) -> Mention | None:
    """ "took oil fields north of Kirkuk", "seized the airport and the area around T": a
    kind of territory taken, placed by a preposition of the clause or of a coordinated object."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [c for o in objs for c in o.subtree if c.dep_ == "conj"]
    if not any(lemma_of(o) in get_lexicon().object_class("control") for o in objs):
        return None
    preps = frozenset({"of", "near", "around", "outside", "in", "at"})
    found = clause_pobjs(verb, preps) + [g for o in objs for g in pobjs(o, preps)]
    found += [g for a in verb.children if a.dep_ == "advmod" for g in pobjs(a, preps)]
    return next((p for p in (place_in(o, ctx) for o in found) if p is not None), None)


def _freed(adjective: Any, ctx: ArticleContext) -> Iterator[Observation]:
    """ "T is free", "T is now liberated": a capture whose taker the context names."""
    subject = subject_of(adjective.head)
    place = first_place([subject], ctx) if subject is not None else None
    if place is not None:
        yield Observation("capture", adjective, place)


def _withdrawal(verb: Any, ctx: ArticleContext) -> Iterator[Observation]:
    # "from T", "out of T", "left T" -- not "toward the outskirts of T", where T lies ahead
    out_of = [
        g
        for g in clause_pobjs(verb, frozenset({"of"}))
        if g.head.head.lower_ == "out" or g.head.head == verb
    ]
    left = [c for c in verb.children if c.dep_ == "dobj"]
    ground = left[0] if left and names_ground(left[0]) else None
    sources = (
        clause_pobjs(verb, frozenset({"from"})) + out_of + ([] if ground is not None else left)
    )
    place = next((p for p in (own_place_first(s, ctx) for s in sources) if p), None)
    if place is None and ground is not None:  # "abandoned their outpost (after the attack) in T"
        located = [ground, *clause_pobjs(verb, frozenset({"in", "at"}))]
        place = next((p for p in (own_place_first(s, ctx) for s in located) if p), None)
        place = place if place is None or ground_left_takes(ground, place, ctx) else None
    if place is not None and sources and a_town_in_its_area(sources[0], place, ctx):
        return  # "withdrew from a strategic town in North Kivu province": not from the province
    if place is not None and sources and leaves_part_of_a_town(sources[0], place):
        return  # "withdrew from three districts of Damascus": not from Damascus
    previous = subject_actor(verb, ctx) or owning_speaker(
        verb, ctx
    )  # "said their forces had withdrawn"
    if withdraws_no_force(verb) or leaves_a_state(verb) or leaves_on_an_errand(verb):
        return
    if place is not None and is_combatant(previous, ctx):
        yield Observation("withdrawal", verb, place, None, previous)
