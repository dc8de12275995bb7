"""Sides a relation cue finds in a subject that refers back: "The Islamic State withdrew
from the town. On Monday it mounted a counterattack against government forces", "The YPG
and the FSA took two villages. Both are fighting the Islamic State."

Reporting names an actor once and goes on with "it", "they" or "both"; every cue reads its
ends through the article's actor index, so while a sentence's cues are read, such a
subject is indexed as a mention of the actor it stands for, under its own text:

- "them" as an object: the armed side the previous sentence's subject names, when its own
  sentence's subject is another side (``anaphora.object_antecedent``);
- "it", "they": the actor the previous sentence's subject names
  (``anaphora.pronoun_antecedent``), unless a subject before it in its own sentence names
  what it stands for ("Ankara said it was targeting X");
- "these factions", "those forces": the last side named with the same noun, in the sentence
  or the one before (``anaphora.echoed_antecedent``);
- "every one of these forces", "all of these groups", "they all": every armed side the
  paragraph named before (``anaphora.sides_referred_to``);
- "the attackers": the doers of the attack told before (``deeddoers.deed_doers``);
- "both", "the two": the last two sides named (``anaphora.pair_referred_to``), with the
  same exception; a pair read with the first of them is read again with the second.

The cue functions read a pronoun subject's side through this index only
(``relcues.side_named``), so every relation cue shares the same reading.

The index is restored once the sentence is read: events and control are not read this way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from frontwatch.extract.anaphora import (
    clause_side,
    echoed_antecedent,
    may_refer_back,
    object_antecedent,
    pair_referred_to,
    pronoun_antecedent,
    sides_referred_to,
)
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.deeddoers import deed_doer_noun, deed_doers
from frontwatch.extract.frontedrefs import fronted_adjunct_side
from frontwatch.extract.pairreferents import ordered_antecedent, plural_pair
from frontwatch.extract.referents import (
    object_antecedents,
    partners_of,
    plural_pronoun,
)
from frontwatch.extract.relcues import Pair
from frontwatch.extract.subjectsbefore import named_subject_before
from frontwatch.nlp.wordtest import tokens_passing
from frontwatch.records import Mention


def read_by_reference(sent: Any, ctx: ArticleContext, read: Callable[[], list[Pair]]) -> list[Pair]:
    """``read()``'s pairs with the sentence's referring subjects indexed as their actors."""
    _ = ctx.actor_order  # sorted once, of the article's own mentions only
    seconds: dict[int, list[Mention]] = {}  # id of the first side's stand-in -> the others
    replaced: dict[int, Mention | None] = {}  # token -> what the index held there before
    for tok in tokens_passing(sent, _refers_back):  # no other word refers back
        if tok.i in ctx.actor_at and not ctx.actor_at[tok.i].actor_id.startswith("GEN_"):
            continue  # a class ("those militias") may still stand for a side named before
        first, others = _referred_to(tok, ctx)
        if first is None:
            continue
        stand_in = replace(first, start=tok.idx, end=tok.idx + len(tok.text), text=tok.text)
        replaced[tok.i] = ctx.actor_at.get(tok.i)
        ctx.actor_at[tok.i] = stand_in
        # an offset of its own keeps each further tie's record id apart from the first's
        seconds[id(stand_in)] = [
            replace(other, start=tok.idx + k, end=max(stand_in.end, tok.idx + k + 1), text=tok.text)
            for k, other in enumerate(others, start=1)
        ]
    if replaced:
        ctx.index_changed()  # read with the stand-ins
    try:
        pairs = read()
    finally:
        for i, before in replaced.items():
            if before is None:
                del ctx.actor_at[i]
            else:
                ctx.actor_at[i] = before
        if replaced:
            ctx.index_changed()  # and without them again
    return pairs + [p for pair in pairs for p in _with_second(pair, seconds)]


def _refers_back(lower: str, lemma: str) -> bool:
    return may_refer_back(lower, lemma) or deed_doer_noun(lower, lemma)


def _referred_to(tok: Any, ctx: ArticleContext) -> tuple[Mention | None, list[Mention]]:
    # the word tests first: walking the sentence for every token is costly
    doers = deed_doers(tok, ctx)  # "..., killing scores of the attackers"
    if doers:
        return doers[0], doers[1:]
    pair = pair_referred_to(tok, ctx)
    if pair is not None:
        # "Russia and Turkey said both ...": "both" is the speakers, or no side
        # (an object pair is read without its clause's own doer: anaphora._own_doer)
        said = tok.dep_ in ("nsubj", "nsubjpass") and named_subject_before(tok)
        return (None, []) if said else (pair[0], [pair[1]])
    every = sides_referred_to(tok, ctx)
    if every:
        return every[0], every[1:]
    found = (
        pronoun_antecedent(tok, ctx)  # refuses "Ankara said it"
        or fronted_adjunct_side(tok, ctx)  # "With X fighting beside them, Y pushed on"
        or object_antecedent(tok, ctx)
        or echoed_antecedent(tok, ctx)
        or _described_before_colon(tok, ctx)
        or ordered_antecedent(tok, ctx)  # "the former", "the latter"
    )
    if found is not None and found.actor_id:
        return found, partners_of(tok, found, ctx)  # "X holds A, and Y holds B. They ..."
    two = plural_pair(tok, ctx)  # "the rivals"
    if two:
        return two[0], two[1:]
    return _agreeing_object(tok, ctx)


def _agreeing_object(tok: Any, ctx: ArticleContext) -> tuple[Mention | None, list[Mention]]:
    """ "The army and the militias marched on T. The Kurds fought them": an object pronoun
    the rule above leaves unread stands for the sides the agreeing search finds for an
    object (``referents.object_antecedents``: the subject before is one candidate among
    the others), never for its own clause's doer."""
    if not plural_pronoun(tok) or tok.dep_ not in ("dobj", "pobj", "dative"):
        return None, []
    own = clause_side(tok, ctx)
    top = ctx.kb.top_of(own.actor_id) if own is not None and own.actor_id else ""
    sides = object_antecedents(tok, ctx, top)
    return (sides[0], sides[1:]) if sides else (None, [])


_LIST_MARKS = frozenset({":", ";"})


def _described_before_colon(tok: Any, ctx: ArticleContext) -> Mention | None:
    """ "Israel is at war on two fronts: it is fighting Hamas": a subject pronoun that opens
    the clause after a colon stands for the one subject of the statement of what it is
    before the colon (a clause of "be" only: after "X said:" or "X warned:" the words are
    another's, whose "they" may be X's enemy)."""
    start = tok.sent.start
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.i - 1 <= start:
        return None
    if tok.doc[tok.i - 1].text not in _LIST_MARKS:
        return None
    before = tok.doc[start : tok.i - 1]
    subjects = [t for t in before if t.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].pos_ == "PRON" or subjects[0].head.lemma_ != "be":
        return None
    return actor_near(ctx, subjects[0], depth=1)


def _with_second(pair: Pair, seconds: dict[int, list[Mention]]) -> list[Pair]:
    """The pair read again with each further side of a "both" or an "every one of these
    forces" that is one of its ends."""
    kind, source, target, trigger = pair
    if id(source) in seconds:
        return [(kind, o, target, trigger) for o in seconds[id(source)] if o.actor_id != target.actor_id]
    if id(target) in seconds:
        return [(kind, source, o, trigger) for o in seconds[id(target)] if o.actor_id != source.actor_id]
    return []


__all__ = ["read_by_reference"]
