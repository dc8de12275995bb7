"""Backing told by company: "the army pushed on with Russian jets overhead", "the SDF, with
American special forces at their side, cleared the town", "With Iranian advisers
alongside, the militias attacked".

A "with" phrase whose noun is another side's fighting means (its jets, troops, advisers:
``accompanying_nouns``) and which says where they are beside the doer (``escort_words``:
overhead, alongside, at their side) tells that the other side backs the doer. Without
such a word the "with" may name an opponent ("clashed with Russian troops") or a tool.
Means embedded with a side ("Iranian advisers are embedded with the militias") back it too.

Backing told by striking ahead of another side's advance: "coalition jets pounded the
militants' positions ahead of the SDF's advance", "American aircraft bombed the town ahead
of the advance" (the advance of the side a verb of advancing names just before: "the SDF
pushed down the river, and jets pounded IS ahead of the advance"), "Russian jets struck the
rebels to clear the way for the army", "... to pave the way for the Kurdish push".

The striker backs the side that advances: its strikes open the ground for it. A strike
(``paving_deed_verbs``) carries the phrase; "ahead of" takes an advance noun
(``advance_nouns``), "the way for" an advance or a side. The advancer is the noun's owner
("the SDF's advance"), else the doer of the last verb of advancing (``advancing_verbs``)
before it in its sentence or the one before. Both must be armed sides, and not one side
("the army shelled the town ahead of its advance" backs no one). Words are data
(``relations.yaml``: ``paving_words``, ``paving_deed_verbs``, ``advance_nouns``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.deeddoers import words_before
from frontwatch.extract.lexicon import lemma_of
from frontwatch.extract.observations import is_combatant
from frontwatch.extract.prepobjects import pobjs
from frontwatch.extract.relpairs import Pair, pair_of, verb_above, words
from frontwatch.extract.relsubjects import doer_of
from frontwatch.records import Mention

_WITH = "with"
_WITH_PREP = frozenset({_WITH})
_REACH = 4  # tokens after the noun in which the escort word must come
_CLAUSE_ENDS = frozenset({",", ";", ":", "."})


def accompanied_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """Fires on an escort word ("overhead", "alongside", "side"); see module doc."""
    if tok.lower_ not in words("escort_words") or not _said_of_the_doer(tok):
        return
    means = _means_before(tok)
    if means is None:
        return
    backer = _owner(means, ctx)
    yield from pair_of("backs", backer, _accompanied(means, ctx), tok)


def _said_of_the_doer(escort: Any) -> bool:
    """An escort noun is owned by a pronoun ("at their side"), an escort preposition has
    none or a pronoun as its object ("alongside them"); "on the other side of the river",
    "alongside the M5 highway" say where, not whose side."""
    if escort.pos_ == "NOUN":
        return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in escort.children)
    return all(c.pos_ == "PRON" for c in escort.children if c.dep_ == "pobj")


def _means_before(escort: Any) -> Any | None:
    """The noun of "with <means>" just before the escort word, with nothing but the
    noun's own words between them."""
    sent_start = escort.sent.start
    for i in range(escort.i - 1, max(sent_start, escort.i - _REACH) - 1, -1):
        tok = escort.doc[i]
        if tok.text in _CLAUSE_ENDS:
            return None
        if lemma_of(tok) in words("accompanying_nouns") and _under_with(tok):
            return tok
    return None


def _under_with(noun: Any) -> bool:
    """The noun is the object of "with", or the subject of the absolute clause "with" marks
    ("With Russian warplanes overhead, ...")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == _WITH:
        return True
    return noun.dep_ == "nsubj" and any(
        c.lower_ == _WITH and c.dep_ == "mark" for c in head.children
    )


def _owner(means: Any, ctx: ArticleContext) -> Mention | None:
    """The side the means belong to: "Russian jets", "Hezbollah fighters", "Iran's advisers"."""
    for child in means.children:
        if child.dep_ in ("amod", "compound", "poss"):
            found = actor_near(ctx, child, depth=1)
            if found is not None and found.actor_id:
                return found
    own = ctx.actor_at.get(means.i)
    return own if own is not None and own.actor_id else None


def _accompanied(means: Any, ctx: ArticleContext) -> Mention | None:
    """Who has the means with them: the side "with" hangs on ("the SDF, with US forces at
    their side"), else the doer of the clause ("the army pushed on with Russian jets")."""
    if means.dep_ != "pobj":  # "With Russian jets overhead, the army retook the hills"
        return doer_of(verb_above(means.head.head), ctx)
    with_word, holder = means.head, means.head.head
    verb = verb_above(with_word)
    enemy_slot = not any(c.dep_ == "dobj" for c in verb.children)
    if enemy_slot and lemma_of(verb) in words("escort_blocking_verbs"):
        return None  # "clashed with Syrian troops ...": the "with" names the enemy
    own = ctx.actor_at.get(holder.i)
    set_off = with_word.i > 0 and with_word.doc[with_word.i - 1].text == ","
    subject = holder.dep_ in ("nsubj", "nsubjpass")
    if own is not None and own.actor_id and (subject or set_off):
        return own  # "the SDF, with US special forces at their side, ..."
    return doer_of(verb_above(with_word), ctx)  # "fought the rebels with Russian jets overhead"


def embedded_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "Iranian advisers are embedded with Iraqi militias", "US special forces embedded with
    the SDF": the side whose fighting means (``accompanying_nouns``) are embedded with
    another (``embedding_verbs``) backs it; not "journalists embedded with the troops"."""
    if tok.pos_ != "VERB" or lemma_of(tok) not in words("embedding_verbs"):
        return
    means = tok.head if tok.dep_ == "acl" else next(
        (c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None
    )
    if means is None or lemma_of(means) not in words("accompanying_nouns"):
        return
    host = next((o for o in pobjs(tok, _WITH_PREP)), None)
    yield from pair_of("backs", _owner(means, ctx), actor_near(ctx, host) if host is not None else None, tok)


_OF = frozenset({"of"})
_FOR = frozenset({"for"})
_OWNER_DEPS = frozenset({"poss", "compound", "amod"})


def paved_advance_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """``tok`` "ahead" of "ahead of the advance", or "way" of "clear the way for Y"."""
    word = tok.lower_
    if word not in words("paving_words"):
        return
    if word == "way":
        opener = tok.head if tok.dep_ == "dobj" else None
        if opener is None or lemma_of(opener) not in words("paving_deed_verbs"):
            return
        # "struck the rebels to clear the way": the strike, or the clearing itself
        striker_verb = opener.head if opener.dep_ in ("xcomp", "advcl") else opener
        goals = pobjs(tok, _FOR)
    else:
        striker_verb = tok.head
        goals = pobjs(tok, _OF)
    if not goals or lemma_of(striker_verb) not in words("paving_deed_verbs"):
        return
    striker = doer_of(striker_verb, ctx)
    advancer = _advancer(goals[0], ctx)
    if (
        striker is None
        or advancer is None
        or striker.actor_id == advancer.actor_id
        or not (is_combatant(striker, ctx) and is_combatant(advancer, ctx))
    ):
        return
    yield from pair_of("backs", striker, advancer, striker_verb)


def _advancer(goal: Any, ctx: ArticleContext) -> Mention | None:
    """The side whose advance the goal names: a side itself ("the way for the army"), the
    advance's owner ("the SDF's advance"), else the doer of the advance told just before."""
    if lemma_of(goal) not in words("advance_nouns"):
        return actor_near(ctx, goal, depth=1)
    owners = [c for c in goal.children if c.dep_ in _OWNER_DEPS]
    owned = next((m for m in (actor_near(ctx, o, depth=1) for o in owners) if m is not None), None)
    if owned is not None or owners:
        return owned
    for word in words_before(goal):
        if word.pos_ == "VERB" and lemma_of(word) in words("advancing_verbs"):
            return doer_of(word, ctx)
    return None


__all__ = ["accompanied_pairs", "embedded_pairs", "paved_advance_pairs"]
