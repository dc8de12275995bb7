"""Clearings and entries: "X cleared Y from T", "X drove Y out of T", "Y were driven
out of T", "T, where troops drove out militants"; which places an entry can take."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.arguments import first_actor, is_passive, pobjs
from frontwatch.extract.context import ArticleContext, clause_tokens
from frontwatch.extract.control_names import NAMED_BY_NOUN
from frontwatch.extract.control_objects import (
    a_town_in_its_area,
    first_place,
    own_or_named_place,
    place_where,
)
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.observations import (
    Observation,
    actor_of,
    control_words,
    is_combatant,
    place_in,
    subject_actor,
    town_or_district,
)
from frontwatch.extract.verbsubjects import subject_of
from frontwatch.records import Mention


def clause_pobjs(verb: Any, preps: frozenset[str]) -> list[Any]:
    """Objects of the prepositions anywhere in the verb's clause ("from Y", "out of T"),
    but not of a word of support: in "took T with support from X" X backs the taker, it
    neither held nor lost T."""
    support = get_lexicon().relation_words("support_nouns")
    return [
        g
        for t in clause_tokens(verb)
        if t.dep_ in ("prep", "agent") and t.lower_ in preps and lemma_of(t.head) not in support
        for g in t.children
        if g.dep_ in ("pobj", "pcomp")
    ]


def enterable(place: Mention) -> bool:
    """A town or district, or a place the text names by its place noun ("entered the town
    of B", B unknown to the gazetteer)."""
    return town_or_district(place) or place.note == NAMED_BY_NOUN


def clearing(verb: Any, ctx: ArticleContext) -> Iterator[Observation]:
    """ "X cleared Y from T", "X drove Y out of T", "X cleared T (of Y)"."""
    if is_passive(verb):
        yield from _cleared_passive(verb, ctx)
        return
    if _driven_back(verb):
        return  # "pushed back the rebels six miles from T": repelled, nothing changed hands
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    from_objs = clause_pobjs(verb, control_words("clearing_preps"))
    # "from their strongholds of B and C in P province", "from the town Al-Qarni": the
    # names the noun gives (known or not) before the region that locates them
    named = (own_or_named_place(o, ctx) for o in from_objs)
    place = next((p for p in named if p), None) or first_place(from_objs, ctx)
    previous = first_actor(objs, ctx) if objs else None
    if place is None and objs and lemma_of(verb) == "clear":
        place = place_in(objs[0], ctx)  # "cleared T" ("of Y" names who held it)
        previous = first_actor(clause_pobjs(verb, frozenset({"of"})), ctx)
    if place is None and _clears_the_whole(from_objs):
        place = place_where(verb, ctx)  # "T, where troops drove out militants"
        if not is_combatant(previous, ctx):
            return  # "T, where police drove out the protesters": no side lost the town
    if place is None or (previous is None and lemma_of(verb) != "clear"):
        return
    villages = bool(from_objs) and _villages_in_an_area(from_objs[0], place, ctx)
    yield Observation(
        "capture", verb, place, subject_actor(verb, ctx), previous, assault_only=villages
    )


def _villages_in_an_area(source: Any, place: Mention, ctx: ArticleContext) -> bool:
    """ "out of six villages in Nineveh province": unnamed towns that the area named in
    their own phrase only locates (not "out of the district", which stands for the
    district named before)."""
    end = source.right_edge.idx + len(source.right_edge)
    return source.left_edge.idx <= place.start < end and a_town_in_its_area(source, place, ctx)


def _driven_back(verb: Any) -> bool:
    """ "X pushed back Y", "drove Y back from T": Y was repelled, as "were pushed back from
    T" is (a side driven back out of T lost it)."""
    words = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod", "prep")}
    back, out = control_words("pushed_back_marks"), control_words("pushed_out_marks")
    return bool(words & back) and not words & out


def _clears_the_whole(from_objs: list[Any]) -> bool:
    """ "T, where troops drove the militants out of the town" clears T; "... from a mosque"
    clears only a building or site in T."""
    return all(lemma_of(o) in control_words("where_town_marks") for o in from_objs)


def _cleared_passive(verb: Any, ctx: ArticleContext) -> Iterator[Observation]:
    """ "Y were driven out of T (by X)", "Y was expelled from T"; "T was cleared of Y"."""
    if verb.dep_ == "acl" or any(c.lower_ == "back" for c in verb.children):
        return  # "fighters driven out of T" describes; "were pushed back from T" were repelled
    agent = first_actor(pobjs(verb, frozenset({"by"})), ctx)
    subject = subject_of(verb)
    if subject is None:
        return
    clear = lemma_of(verb) == "clear"
    sources = [subject] if clear else clause_pobjs(verb, control_words("clearing_preps"))
    place = first_place(sources, ctx)
    of_side = clause_pobjs(verb, frozenset({"of"}))  # "T was cleared of Y"
    previous = first_actor(of_side, ctx) if clear else actor_of(subject, ctx)
    villages = place is not None and not clear and _villages_in_an_area(sources[0], place, ctx)
    if place is not None and (previous is not None or (agent is not None and clear)):
        yield Observation("capture", verb, place, agent, previous, assault_only=villages)
