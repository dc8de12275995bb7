"""Sides named together at the head of a force or an offensive are allies: "the PMF massed
at T, with Badr and Kataib Hezbollah in the lead" (each with the other, and with the force
they lead), "Hezbollah and the Tiger Forces were at the forefront of the offensive", "the
YPG and its Arab partners, at the head of the alliance, ...".

The cue is a noun of leading place (``relations.yaml``: ``vanguard_nouns``) under "in" or
"at" (``vanguard_preps``). The sides at the front are the noun the phrase hangs on with its
conjuncts, or the subject of the verb it hangs on; the force led is the "of" object when it
names an actor ("at the forefront of the PMF"), else, in a "with ... in the lead" phrase, the
subject of the clause the "with" belongs to. Only a military front counts: the "of" object
must be a side or an operation (``$operation_nouns``), or the force led an armed side, so
"the two parties are in the lead in the polls" or "at the head of the list" give nothing;
one side alone at the head of something gives no alliance, but one side in the lead of
another's force ("government troops, with Hezbollah fighters in the vanguard, ...") is that
force's ally.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations
from typing import Any

from frontwatch.extract.armed import armed
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.prepobjects import pobjs
from frontwatch.extract.relcues import Pair, pair_of, verb_above, words
from frontwatch.extract.relsubjects import acting_subject
from frontwatch.extract.sidelists import coordinated_actors
from frontwatch.records import Mention

_OF = frozenset({"of"})
_WITH = frozenset({"with"})


def _qualifiers(key: str) -> frozenset[str]:
    return get_lexicon().tie_words(key)


def vanguard_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """``tok`` a noun of leading place under "in"/"at": the sides there are allies."""
    if lemma_of(tok) not in words("vanguard_nouns") or tok.dep_ != "pobj":
        return
    prep = tok.head
    if prep.lower_ not in _qualifiers("vanguard_preps") or prep.head.i == prep.i:
        return
    holder = prep.head
    while holder.dep_ == "conj" and holder.head.i != holder.i:
        holder = holder.head  # "with A and B in the lead": the parser may hang it on B
    led_words = pobjs(tok, _OF)
    if led_words and not _military(led_words[0], ctx):
        return  # "at the head of the list", "in the lead of the race"
    front = _front_sides(holder, ctx)
    led = actor_near(ctx, led_words[0], depth=1) if led_words else _force_led(holder, ctx)
    if not led_words and (led is None or not armed(led.actor_id, ctx)):
        return  # "with the two parties in the lead": no force named, no war
    if len(front) < 2 and not (front and led is not None and not led_words):
        return  # one side alone leads an alliance only as the vanguard of another's force
    for a, b in combinations(front, 2):
        yield from pair_of("allied", a, b, tok)
    if led is None:
        return
    for side in front:
        if not _within(side.actor_id, led.actor_id, ctx):
            yield from pair_of("allied", side, led, tok)


def _front_sides(holder: Any, ctx: ArticleContext) -> list[Mention]:
    """The sides at the front: the noun the phrase hangs on and its conjuncts ("with A and B
    in the lead"), or the subject of its verb ("A and B were at the forefront of ...")."""
    if holder.pos_ in ("VERB", "AUX"):
        subject = acting_subject(holder, ctx)
        holder = subject if subject is not None else holder
    if holder.pos_ in ("VERB", "AUX"):
        return []
    return [m for m in coordinated_actors(holder, ctx) if m.actor_id and armed(m.actor_id, ctx)]


def _force_led(holder: Any, ctx: ArticleContext) -> Mention | None:
    """In "X massed at T, with A and B in the lead", X: the subject of the clause the "with"
    belongs to."""
    prep = holder.head
    if holder.dep_ != "pobj" or prep.lower_ not in _WITH or prep.head.i == prep.i:
        return None
    owner = prep.head
    if owner.pos_ not in ("VERB", "AUX"):  # "the army, with Hezbollah in the lead, ..."
        found = actor_near(ctx, owner, depth=1)
        if found is not None and found.actor_id:
            return found
        owner = verb_above(owner)  # "pushed into Aleppo with ...": hung on the place
    subject = acting_subject(owner, ctx) if owner.pos_ in ("VERB", "AUX") else None
    return actor_near(ctx, subject, depth=1) if subject is not None else None


def _within(side: str, led: str, ctx: ArticleContext) -> bool:
    """A unit of the force led ("the army, with its Tiger Forces in the vanguard") or a
    member of the coalition led ("the PMF, with Badr in the lead") is no ally of it; a
    known ally (Hezbollah of the Syrian army) still is, as the text tells it."""
    kb, date = ctx.kb, ctx.published
    return kb.top_of(side) == kb.top_of(led) or led in kb.umbrellas_of(side, date)


def _military(noun: Any, ctx: ArticleContext) -> bool:
    """The "of" object is an armed side or a military operation."""
    if lemma_of(noun) in _qualifiers("vanguard_operation_nouns"):
        return True
    found = actor_near(ctx, noun, depth=1)
    return found is not None and bool(found.actor_id) and armed(found.actor_id, ctx)
