"""A deed of war done at another side's request is help given to it: "Russia intervened at the
request of the Syrian government", "at Baghdad's request, American jets struck IS positions",
"Iranian advisers deployed at the invitation of the Iraqi government" -> the doer backs the
side that asked (as one sent to help another fight backs it, extract/helpcues.py).

The cue is a noun of asking (``relations.yaml``: ``request_nouns``) under "at", "on" or
"upon" (``request_preps``) hung on a verb of war or of sending forces
(``requested_deed_verbs``); the one who asked is its "of" object or its owner
("Baghdad's request"). Both must be sides or governments; a negated deed ("did not intervene
at the request of X") and a deed of talk ("met at the request of X") give nothing. "At the
urging of" or "at the behest of" are left out: whether the one urged serves the urger or
only heeds it, the words do not say.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.observations import is_combatant
from frontwatch.extract.prepobjects import pobjs
from frontwatch.extract.relcues import Pair, pair_of, words
from frontwatch.extract.relsubjects import acting_subject
from frontwatch.records import Mention

_OF = frozenset({"of"})


def _qualifiers(key: str) -> frozenset[str]:
    return get_lexicon().tie_words(key)


def requested_act_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """``tok`` a noun of asking under "at"/"on": the doer of the deed backs who asked."""
    if lemma_of(tok) not in words("request_nouns") or tok.dep_ != "pobj":
        return
    prep = tok.head
    verb = prep.head
    if prep.lower_ not in _qualifiers("request_preps") or verb.i == prep.i or verb.pos_ != "VERB":
        return
    if lemma_of(verb) not in _qualifiers("requested_deed_verbs") or any(c.dep_ == "neg" for c in verb.children):
        return
    subject = acting_subject(verb, ctx)
    doer = actor_near(ctx, subject, depth=1) if subject is not None else None
    asker = _asker(tok, ctx)
    if doer is not None and asker is not None and is_combatant(doer, ctx) and is_combatant(asker, ctx):
        yield from pair_of("backs", doer, asker, tok)


def _asker(noun: Any, ctx: ArticleContext) -> Mention | None:
    """ "the request of the Syrian government", "Baghdad's request"."""
    owners = [c for c in noun.children if c.dep_ == "poss"] + pobjs(noun, _OF)
    return next((m for m in (actor_near(ctx, o, depth=1) for o in owners) if m is not None), None)
