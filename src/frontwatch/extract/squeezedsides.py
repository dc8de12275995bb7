"""A side pressed by others in war: "Y's pockets are shrinking under pressure from X and
W", "Y, squeezed between X and W, fell back", "Y is caught between X and W", "X and W are
closing in on Y".

Each side pressing fights the side pressed. Pressure is read as war only where the
pressed side gives ground (a verb of yielding: "shrinking", "crumbling", "retreating")
or the pressure is called military; "under pressure from Washington, Ankara agreed"
is diplomacy. And only an armed group that is no state is read as squeezed: a state
"caught between" two powers is told of in diplomacy far more often than in war. Words
are data (``relations.yaml``: ``pressure_nouns``, ``squeezing_verbs``, ``closing_verbs``; and in
``article_ties``: ``yielding_verbs``, ``military_modifiers``, ``squeezable_types``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.observations import is_combatant
from frontwatch.extract.prepobjects import pobjs
from frontwatch.extract.relcues import Pair, words
from frontwatch.extract.relpairs import pair_of
from frontwatch.extract.relsubjects import acting_subject
from frontwatch.extract.sidelists import coordinated_actors
from frontwatch.records import Mention

_FROM = frozenset({"from"})
_BETWEEN = frozenset({"between"})
_ON = frozenset({"on"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def squeezed_side_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "Y is shrinking under pressure from X", "Y, squeezed between X and W": X (and W)
    fights Y."""
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in words("pressure_nouns"):
        verb = _yielding_verb(tok)
        heads = pobjs(tok, _FROM)
    elif tok.pos_ == "VERB" and lemma_of(tok) in words("squeezing_verbs"):
        verb, heads = tok, pobjs(tok, _BETWEEN)
    else:
        yield from _closing_in(tok, ctx)
        return
    pressed = _pressed(verb, ctx) if verb is not None and heads else None
    if pressed is None:
        return
    for presser in _pressers(heads[0], verb, tok, ctx):
        if is_combatant(presser, ctx) and not _diplomatic(presser, verb, tok, ctx):
            yield from pair_of("fights", presser, pressed, tok)


def _diplomatic(presser: Mention, verb: Any, cue: Any, ctx: ArticleContext) -> bool:
    """A state pressing where the sentence tells of no force and the side pressed loses no
    ground ("caught between Washington and Ankara as the two argue", "folded under pressure
    from Egypt") presses in diplomacy (``pressure_state_types``, ``pressure_force_words``,
    ``ground_losing_verbs``)."""
    actor = ctx.kb.get(presser.actor_id) if presser.actor_id else None
    if actor is None or actor.type not in _tie_words("pressure_state_types"):
        return False
    force = _tie_words("pressure_force_words")
    if any(lemma_of(t) in force or t.lower_ in force for t in cue.sent):
        return False
    return not (lemma_of(verb) in _tie_words("ground_losing_verbs") and not abstract_object(verb))


def abstract_object(verb: Any) -> bool:
    """ "retreated from its demands", "abandoned its conditions": a concession, not ground."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any(o.lower_ in _tie_words("abstract_yield_objects") for o in objs)


def _closing_in(verb: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "X and W are closing in on Y": each side closing in on an armed group that is no
    state (not a place: "closing in on Raqqa", "on Damascus") fights it."""
    if verb.pos_ != "VERB" or lemma_of(verb) not in words("closing_verbs"):
        return
    if not any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children):
        return
    subject = acting_subject(verb, ctx)
    closers = coordinated_actors(subject, ctx) if subject is not None else []
    for head in (h for o in pobjs(verb, _ON) for h in (o, *o.conjuncts)):
        pressed = actor_near(ctx, head, depth=1)
        if not _squeezable(pressed, ctx) or not is_combatant(pressed, ctx):
            continue  # "closing in on Damascus('s suburbs)" is on a city, not on the government
        for closer in (c for c in closers if is_combatant(c, ctx)):
            yield from pair_of("fights", closer, pressed, verb)


def _squeezable(mention: Mention | None, ctx: ArticleContext) -> bool:
    """An armed group that is no state (``squeezable_types``)."""
    actor = ctx.kb.get(mention.actor_id) if mention is not None and mention.actor_id else None
    return actor is not None and actor.type in _tie_words("squeezable_types")


def _tie_words(key: str) -> frozenset[str]:
    return get_lexicon().tie_words(key)


def _yielding_verb(noun: Any) -> Any | None:
    """The verb of "Y is shrinking under pressure": one of yielding ground, or any verb
    when the pressure is military ("under heavy military pressure")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "under" or prep.head.pos_ != "VERB":
        return None
    verb = prep.head
    military = any(c.lower_ in _tie_words("military_modifiers") for c in noun.children)
    yielding = lemma_of(verb) in _tie_words("yielding_verbs") and not abstract_object(verb)
    return verb if military or yielding else None


def _pressed(verb: Any, ctx: ArticleContext) -> Mention | None:
    """The side pressed: the verb's subject, or the name a participle describes ("Y,
    squeezed between X and W"); an armed group that is no state."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
    if subject is None and verb.dep_ in ("acl", "appos"):
        subject = verb.head
    found = actor_near(ctx, subject, depth=1) if subject is not None else None
    return found if _squeezable(found, ctx) and is_combatant(found, ctx) else None


def _pressers(head: Any, verb: Any, cue: Any, ctx: ArticleContext) -> list[Mention]:
    """The sides of "from X and W"; a second side the parser hung on the verb as a
    conjunct ("shrinking under pressure from X, backed by V, and the army") is one."""
    found = coordinated_actors(head, ctx)
    stray = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
    for noun in (c for c in stray if c.i > cue.i):
        mention = actor_near(ctx, noun, depth=1)
        if mention is not None and mention not in found:
            found.append(mention)
    return found
