"""A side on another's payroll is backed by it: "the militia is on Iran's payroll", "the
tribal units were put on the PMF's payroll", "Baghdad put the fighters on its payroll",
"X added the brigades to its payroll"; never "took Y off" or "removed Y from its payroll"
(``payroll_preps``, ``payroll_removal_verbs``).

The payroll noun (``relations.yaml``: ``payroll_nouns``) is the cue; its owner (a possessive
or a name before it, "the PMF payroll") pays, and the one paid is the object of the verb it
hangs on ("put Y on its payroll") or, with none, that verb's subject ("Y is on X's payroll").
A possessive pronoun stands for the verb's subject ("Baghdad put Y on its payroll").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.lexicon import lemma_of
from frontwatch.extract.relcues import Pair, pair_of, words
from frontwatch.extract.relsubjects import acting_subject
from frontwatch.records import Mention

_OWNER_DEPS = frozenset({"poss", "compound", "amod"})


def payroll_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """``tok`` a payroll noun under a preposition of a verb: its owner backs the one on it."""
    if tok.pos_ != "NOUN" or lemma_of(tok) not in words("payroll_nouns") or tok.dep_ != "pobj":
        return
    verb = tok.head.head
    if tok.head.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX"):
        return  # "Y, on X's payroll, ...": read with no verb, the one paid is unsure
    if tok.head.lower_ not in words("payroll_preps") or lemma_of(verb) in words("payroll_removal_verbs"):
        return  # "took Y off its payroll", "removed Y from its payroll": no longer paid
    if any(c.dep_ == "neg" for c in verb.children):
        return  # "the fighters are not on the PMF's payroll"
    subject = acting_subject(verb, ctx)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    payer = _payer(tok, subject, ctx)
    paid = actor_near(ctx, objects[0] if objects else subject, depth=1)
    yield from pair_of("backs", payer, paid, tok)


def _payer(noun: Any, subject: Any, ctx: ArticleContext) -> Mention | None:
    for owner in (c for c in noun.children if c.dep_ in _OWNER_DEPS):
        if owner.pos_ == "PRON":  # "put Y on its payroll": the one who put them there
            return actor_near(ctx, subject, depth=1) if subject is not None else None
        found = actor_near(ctx, owner, depth=1)
        if found is not None:
            return found
    return None
