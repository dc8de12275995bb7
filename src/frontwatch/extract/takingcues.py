"""Fights told by taking or losing ground, whatever the ground: "X recaptured dozens of
villages from Y", "X has reclaimed 3,000 square kilometers from Y", "X lost the town to Y";
and fights told by a hostile phrase with "with": "X traded fire with Y", "X faced off with
Y", "X is locked in battle with Y", "a firefight with Y"; and by sides named together as
held in one combat: "X and Y are locked in fierce fighting", "X and Y were engaged in
heavy clashes", "... locked in a cycle of attacks" (two sides named: they fight).

A capture of a named place becomes a control change and, through it, a tie
(extract/ties.py); ground that names no place ("dozens of villages", "3,000 square
kilometers") makes no control change, yet the sentence still names both sides. Words are
data (``relations.yaml``: ``taking_verbs``, ``losing_verbs``, ``untaken_objects`` with
control's idioms,
``hostile_phrases``, ``hostile_with_nouns``, ``held_in_verbs``, ``mutual_combat_nouns``).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

from frontwatch.extract.arguments import first_actor, pobjs
from frontwatch.extract.coalitions import coordinated_actors, one_body
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.observations import is_combatant
from frontwatch.extract.relcues import Pair, pair_of, side_named, words
from frontwatch.extract.relsubjects import acting_subject, doer_of
from frontwatch.extract.sidelists import listed_sides
from frontwatch.records import Mention

_FROM = frozenset({"from"})
_TO = frozenset({"to"})
_OF = frozenset({"of"})
_WITH = frozenset({"with", "against"})
_ON = frozenset({"on"})  # "X closed in on Y"
_DEED_DEPS = frozenset({"dobj", "attr", "pobj"})


def taking_pairs(verb: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "X took T from Y": X fights Y; "X lost T to Y": Y fights X."""
    if verb.pos_ != "VERB":
        return
    lemma = lemma_of(verb)
    taking = lemma in words("taking_verbs")
    if not taking and lemma not in words("losing_verbs"):
        return
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    taken = [*objects, *(g for o in objects for g in pobjs(o, _OF))]  # "a batch of missiles"
    if not objects or any(lemma_of(o) in _untaken_objects() for o in taken):
        return  # "took over from the army" hands over; "took delivery of" takes no ground
    if lemma in words("arms_receiving_verbs") and any(_given(o) for o in taken):
        return  # "the Houthis take weapons and training from Iran": a gift, not a spoil
    grounds = [*objects, *_measured(objects, ctx)]  # "a string of villages": and the villages
    others = listed_sides([*pobjs(verb, _FROM if taking else _TO), *_object_preps(grounds, taking)], ctx)
    if not others or not is_combatant(others[0], ctx):
        return  # ground is taken from a side: "seized T from the Observatory" names a source
    for doer in _doers(verb, ctx):
        if not is_combatant(doer, ctx):
            continue
        for other in (o for o in others if is_combatant(o, ctx)):
            source, target = (doer, other) if taking else (other, doer)
            yield from pair_of("fights", source, target, verb)


def _doers(verb: Any, ctx: ArticleContext) -> list[Mention | None]:
    """The clause's doer, and each side listed with it as the subject ("Turkish troops and
    the FSA wrested the hills from Y": both fight Y)."""
    doer = doer_of(verb, ctx, side_named)
    subject = acting_subject(verb, ctx)
    if doer is None or subject is None or subject.dep_ == "nsubjpass":
        return [doer]
    listed = [m for m in coordinated_actors(subject, ctx) if m.start != doer.start]
    return [doer, *listed]


@cache
def _untaken_objects() -> frozenset[str]:
    """ "seized the initiative", "took part" (control's idioms) and "took delivery of"."""
    lexicon = get_lexicon()
    return lexicon.capture_idioms() | lexicon.tie_words("untaken_objects")


def _given(obj: Any) -> bool:
    """An object that is support given ("weapons", "money and arms")."""
    return lemma_of(obj) in words("giving_objects")


def _object_preps(grounds: list[Any], taking: bool) -> list[Any]:
    """ "reclaimed 3,000 square kilometers from Y": the parser may hang "from" on the ground."""
    preps = _FROM if taking else _TO
    return [g for o in grounds for g in pobjs(o, preps)]


def _measured(objects: list[Any], ctx: ArticleContext) -> list[Any]:
    """ "seized a string of villages from Y": the "of" noun of a measure of ground, or a
    named place ("the outskirts of T"); not "seized a shipment of rifles from Iran"."""
    measures = get_lexicon().tie_words("ground_measure_nouns")
    return [
        g for o in objects for g in pobjs(o, _OF)
        if lemma_of(o) in measures or o.lower_ in measures or g.i in ctx.place_at
    ]  # fmt: skip


def hostile_with_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "X traded fire with Y", "X faced off with Y" (a verb phrase), "X is locked in battle
    with Y", "X's firefight with Y" (a noun of combat): X fights Y. Not "fighting with Y",
    which as often means at Y's side."""
    if tok.pos_ == "VERB" and _phrase_keys(tok) & words("hostile_phrases"):
        enemy = first_actor(pobjs(tok, _WITH | _ON), ctx)
        yield from pair_of("fights", doer_of(tok, ctx, side_named), enemy, tok)
    elif tok.pos_ == "NOUN" and lemma_of(tok) in words("hostile_with_nouns"):
        enemy = first_actor(pobjs(tok, _WITH), ctx)
        if enemy is None:
            return
        owner = first_actor([c for c in tok.children if c.dep_ in ("poss", "compound")], ctx)
        yield from pair_of("fights", owner or _clause_doer(tok, ctx), enemy, tok)


def held_in_combat_pairs(verb: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "X and Y are locked in fierce fighting", "X and Y were engaged in clashes", "X and Y
    remain locked in a cycle of attacks": the two sides named as the subject fight each other."""
    held = words("held_in_verbs")
    if (lemma_of(verb) not in held and verb.lower_ not in held) or not _combat_in(verb):
        return
    subjects = [c for c in _subject_holder(verb).children if c.dep_ in ("nsubj", "nsubjpass")]
    sides = _distinct([m for s in subjects for m in coordinated_actors(s, ctx)])
    if len(sides) < 2 and any(t.lower_ == "and" for s in subjects for t in s.subtree):
        sides = _distinct([m for s in subjects for m in _named_in(s, ctx)])  # a list misparsed
    if len(sides) != 2:
        return  # of three named, two may hold one side ("X, its army and allied militias")
    first, second = sides
    if is_combatant(first, ctx) and is_combatant(second, ctx) and not one_body(first, second, ctx):
        yield from pair_of("fights", first, second, verb)


def _subject_holder(verb: Any) -> Any:
    """The verb the subject hangs on: "remain locked in": remain."""
    return verb.head if verb.dep_ in ("acomp", "xcomp", "oprd") else verb


def _combat_in(verb: Any) -> bool:
    """An "in" of the verb whose object is combat, or a run of it ("a cycle of attacks")."""
    nouns = pobjs(verb, frozenset({"in"}))
    nouns += [o for n in nouns for o in pobjs(n, frozenset({"of"}))]
    return any(lemma_of(n) in words("mutual_combat_nouns") for n in nouns)


def _distinct(sides: list[Mention]) -> list[Mention]:
    return [m for i, m in enumerate(sides) if m not in sides[:i]]


def _named_in(phrase: Any, ctx: ArticleContext) -> list[Mention]:
    """The sides a phrase names, not a backer fused to the backed ("Saudi-backed")."""
    found: list[Mention] = []
    for tok in phrase.subtree:
        mention = ctx.actor_at.get(tok.i)
        backer = lemma_of(tok.head) in words("backing_words") and tok.head.i > tok.i
        if mention is not None and not backer and mention not in found:
            found.append(mention)
    return found


def _clause_doer(noun: Any, ctx: ArticleContext) -> Mention | None:
    """Whoever the combat noun is the deed of: the subject of the verb it completes ("X is
    locked in battle with Y", "X fought a battle with Y"); not of a verb it is only the
    topic of ("held talks on the battle with Y")."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else noun.head
    if verb.pos_ not in ("VERB", "AUX") or noun.dep_ not in _DEED_DEPS:
        return None
    return side_named(acting_subject(verb, ctx), ctx)


def _phrase_keys(verb: Any) -> set[str]:
    lemma = lemma_of(verb)
    return {f"{lemma} {c.lemma_.lower()}" for c in verb.children if c.dep_ in ("dobj", "prt")}
