"""Sides taken by a phrase of place or rescue: "X fought on the side of Y", "X entered the
war on the side of Y" (X and Y are allies, and Y fights the enemy X's deed names);
"X came to the aid of Y", "X rushed to the rescue of Y" (X backs Y). The one whose side is
taken is never the deed's enemy ("fighting on the side of the army" fights no army). Words
are data (``relations.yaml``: ``side_nouns``, ``rescue_nouns``, ``rescue_verbs``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.arguments import first_actor, pobjs
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.lexicon import lemma_of
from frontwatch.extract.relcues import Pair, pair_of, verb_above, words
from frontwatch.extract.relsubjects import acting_subject

_OF = frozenset({"of"})
_AGAINST = frozenset({"against"})


def side_taking_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "on the side of Y" hung on a deed: its doer and Y are allies, and Y fights the
    deed's "against" enemy; "came to the aid of Y": the one who came backs Y."""
    if _side_phrase(tok):
        verb = verb_above(tok)
        doer = _doer(verb, ctx)
        partner = first_actor(pobjs(tok, _OF), ctx)
        yield from pair_of("allied", doer, partner, verb)
        enemy = first_actor(pobjs(verb, _AGAINST), ctx)
        yield from pair_of("fights", doer, enemy, verb)
        yield from pair_of("fights", partner, enemy, verb)
    elif _rescue_phrase(tok):
        verb = tok.head.head
        yield from pair_of("backs", _doer(verb, ctx), first_actor(pobjs(tok, _OF), ctx), verb)


def _side_phrase(noun: Any) -> bool:
    return (
        lemma_of(noun) in words("side_nouns")
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "on"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    )


def _rescue_phrase(noun: Any) -> bool:
    prep = noun.head
    return (
        lemma_of(noun) in words("rescue_nouns")
        and noun.dep_ == "pobj"
        and prep.lower_ == "to"
        and lemma_of(prep.head) in words("rescue_verbs")
    )


def _doer(verb: Any, ctx: ArticleContext) -> Any | None:
    subject = acting_subject(verb, ctx) if verb.pos_ in ("VERB", "AUX") else None
    return actor_near(ctx, subject) if subject is not None else None


def names_side_taken(text: str, sent: Any) -> bool:
    """Whether the words of a side (an event's target) are only the side taken in the
    sentence's "on the side of" phrases."""
    heads = [t for t in sent if text and t.text == text.split()[-1]]
    return bool(heads) and all(side_taken(t) for t in heads)


def side_taken(tok: Any) -> bool:
    """Whether the token is in the "of" object of "on the side of" ("... on the side of the
    Malian army"): a side taken, no enemy."""
    for noun in tok.ancestors:
        if noun.dep_ == "prep" and noun.lower_ == "of" and _side_phrase(noun.head):
            return True
    return False
