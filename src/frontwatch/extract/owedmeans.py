"""A side's means of war told as a debt to their giver: "the militia owes its rockets and its
salaries to Tehran", "the rebels owe much of their arsenal to Qatar", "the group's guns come
from Iran", "most of the front's money came from Doha". The giver backs the side (or, an
armed group giving to another, is its ally), as when the side is said to rely on it for them
(extract/jointwork.py reads that, and decides the kind the same way: ``patron_tie``).

Only means of war count (``article_ties``: ``owed_means_nouns``): "owes its name to a
battle" or "its fighters come from Chechnya" (their origin) give nothing; nor do means taken
from their owner ("captured weapons came from the army": ``taken_money_modifiers``), a
negated verb ("owes nothing to Tehran", "does not owe its arms to Iran"), or a giver that
names no actor.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.jointwork import patron_tie
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.prepobjects import pobjs
from frontwatch.extract.relcues import Pair, words
from frontwatch.extract.relsubjects import acting_subject
from frontwatch.records import Mention

_OWNER_DEPS = frozenset({"poss", "compound"})
_PARTITIVE = frozenset({"of"})


def _qualifiers(key: str) -> frozenset[str]:
    return get_lexicon().tie_words(key)


def owed_means_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """``tok`` a verb of owing ("X owes its arms to Y") or of coming ("X's arms come from Y")."""
    if not _verb_read(tok) or any(c.dep_ == "neg" for c in tok.children):
        return
    lemma = lemma_of(tok)
    if lemma in words("owing_verbs"):
        objects = [d for d in tok.children if d.dep_ == "dobj"]
        means = [m for d in objects for m in _means_in(d)]
        owner = acting_subject(tok, ctx) if means else None
        debtor = actor_near(ctx, owner, depth=1) if owner is not None else None
        # "owe much of their arsenal to Iran": the parser may hang the "to" on the object
        givers = [g for w in (tok, *objects) for g in pobjs(w, _qualifiers("owed_to_preps"))]
    elif lemma in words("means_source_verbs"):
        means = [m for d in tok.children if d.dep_ == "nsubj" for m in _means_in(d)]
        debtor = next((o for o in (_owner_of(m, ctx) for m in means) if o is not None), None)
        givers = pobjs(tok, _qualifiers("means_source_preps"))
    else:
        return
    if debtor is None or not means:
        return
    for giver_word in (g for p in givers for g in (p, *p.conjuncts)):
        yield from _backing_tie(actor_near(ctx, giver_word, depth=1), debtor, tok, ctx)


def _verb_read(tok: Any) -> bool:
    """A verb, or the verb the parser tagged a noun with its own subject ("the Houthis owe")."""
    return tok.pos_ in ("VERB", "AUX") or any(c.dep_ == "nsubj" for c in tok.children)


def _means_in(noun: Any) -> list[Any]:
    """The means of war a noun (and its conjuncts) names: "its rockets and its salaries",
    "much of their arsenal" (a part stands for the whole), never means taken from another."""
    out: list[Any] = []
    for listed in (noun, *noun.conjuncts):
        counted = pobjs(listed, _PARTITIVE)
        word = counted[0] if counted and lemma_of(listed) not in _qualifiers("owed_means_nouns") else listed
        if _names_means(word) and not _taken(word):
            out.append(word)
    return out


def _names_means(noun: Any) -> bool:
    named = {lemma_of(noun)} | {f"{c.lower_} {lemma_of(noun)}" for c in noun.children if c.dep_ == "compound"}
    return bool(named & _qualifiers("owed_means_nouns"))


def _taken(noun: Any) -> bool:
    taken = words("taken_money_modifiers")
    return any(c.lower_ in taken or lemma_of(c) in taken for c in noun.children if c.dep_ in ("amod", "compound"))


def _owner_of(means: Any, ctx: ArticleContext) -> Mention | None:
    """Whose means they are: "the group's guns", "the guns of the group"."""
    owners = [c for c in means.children if c.dep_ in _OWNER_DEPS] + pobjs(means, _PARTITIVE)
    return next((m for m in (actor_near(ctx, o, depth=1) for o in owners) if m is not None), None)


def _backing_tie(giver: Mention | None, debtor: Mention, verb: Any, ctx: ArticleContext) -> Iterator[Pair]:
    if giver is not None and giver.actor_id and debtor.actor_id:
        yield from patron_tie(debtor, giver, verb, ctx)
