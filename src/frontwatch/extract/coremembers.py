"""A side named as the core of another is a member and an ally of it: "the SDF, whose
backbone is the YPG", "the SDF, whose backbone, the YPG, ...", "the front, whose spine is
formed by X fighters", "the SDF's core is the YPG", "the YPG forms the backbone of the SDF".

The core nouns (``core_nouns``) name the part an alliance stands on; unlike a member noun
("a faction of Y", extract/alliancecues.py) they come in relative clauses and as objects of
"form", where the member is the clause's predicate, an apposition or a "by" agent. The
member is read only from those places: "the SDF, whose core fought near T" names none.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.arguments import pobjs
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.lexicon import lemma_of
from frontwatch.extract.relpairs import Pair, pair_of, words
from frontwatch.extract.relsubjects import alliance_of_members, described_actor
from frontwatch.records import Mention

_OF = frozenset({"of"})
_BY = frozenset({"by"})


def core_member_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """``tok`` a core noun: its member is a member of the whole it is the core of, and both
    are allies."""
    if lemma_of(tok) not in words("core_nouns"):
        return
    whole, member = _whole(tok, ctx), _member(tok, ctx)
    if whole is None or member is None or whole.actor_id == member.actor_id:
        return
    yield from pair_of("member_of", member, whole, tok)
    yield from pair_of("allied", member, whole, tok)


def _whole(core: Any, ctx: ArticleContext) -> Mention | None:
    """What the core noun is the core of: the noun before "whose", the possessor ("the
    SDF's core") or the "of" object ("the backbone of the SDF"); none without one ("the
    core of the deal" names no side). The possessor or "of" object must name the side
    itself: "the backbone of the army's offensive" is no part of the army."""
    owners = [c for c in core.children if c.dep_ == "poss"]
    if owners and owners[0].tag_ == "WP$":
        return _side_of(_before_whose(owners[0]), ctx)
    if owners:
        return actor_near(ctx, owners[0], depth=0)
    return next((actor_near(ctx, o, depth=0) for o in pobjs(core, _OF)), None)


def _before_whose(whose: Any) -> Any | None:
    """The noun a "whose" clause hangs on: the word before it, past a comma."""
    i = whose.i - 1
    if i >= 0 and whose.doc[i].text == ",":
        i -= 1
    return whose.doc[i] if i >= 0 and whose.doc[i].pos_ in ("NOUN", "PROPN") else None


def _side_of(noun: Any | None, ctx: ArticleContext) -> Mention | None:
    if noun is None:
        return None
    noun = alliance_of_members(noun)  # "X, an alliance whose core ...": X
    return described_actor(noun, ctx) or actor_near(ctx, noun, depth=1)


def _member(core: Any, ctx: ArticleContext) -> Mention | None:
    """The member: the predicate of "is" ("whose core is Y"), the "by" agent of "formed by"
    ("whose spine is formed by Y fighters"), the subject of "Y forms the backbone of X", or
    the subject of "Y is the core of X", the name "Y, the core of X" describes, or a name set
    beside the noun ("whose backbone, the YPG,", which the parser may join)."""
    verb = core.head
    if core.dep_ in ("nsubj", "nsubjpass") and lemma_of(verb) == "be":
        attrs = [c for c in verb.children if c.dep_ == "attr"]
        return actor_near(ctx, attrs[0], depth=1) if attrs else None
    if core.dep_ == "nsubjpass" and lemma_of(verb) in words("forming_verbs"):
        return next((actor_near(ctx, o, depth=1) for o in pobjs(verb, _BY)), None)
    forming = core.dep_ == "dobj" and lemma_of(verb) in words("forming_verbs")
    if forming or (core.dep_ == "attr" and lemma_of(verb) == "be"):  # "Y is the core of X"
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        return actor_near(ctx, subjects[0], depth=1) if subjects else None
    if core.dep_ == "appos":  # "Y, the backbone of X"
        return actor_near(ctx, verb, depth=1)
    beside = [c for c in core.children if c.dep_ in ("appos", "conj") and c.i > core.i]
    return actor_near(ctx, beside[0], depth=1) if beside else None
