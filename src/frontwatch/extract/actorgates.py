"""Which of the cue functions that fire on an actor's token can fire on this one.

Every token of an actor mention goes to the five cue functions that fire on what it is
(``relations.STRUCTURAL_TRIGGERS`` with ``ACTOR``): "the task force against X", "anti-ISIS
rebels", "Russian and Syrian jets", "Iraqi and Kurdish forces retook T", "al-Qaeda's
JNIM". In the bundled sample that is some 10,000 tokens, each made a Token and asked five
times, and nearly all of them (a name's second word, a subject, an object) fail the very
first test of each function. That first test is on the token alone, so it is read here
from the doc's lists (``nlp.treearrays``) before any Token is made:

- ``fighting_pairs``: a verb of fighting, a noun naming an enemy ("campaign against"), or
  a token with an "against" under it (its three branches);
- ``anti_pairs``: the first token of its actor's mention;
- ``co_owner_pairs``: a modifier ("amod", "compound") of its head;
- ``shared_head_pairs``: an owner of its head or a conjunct of one;
- ``possessed_branch_pairs``: a possessive.

Each gate is a condition the function itself requires before it can yield a pair, so the
pairs found are the same (``tests/test_extract_actorgates.py``; ``test_extract_cuegate.py``
runs every function a token is not given and checks it yields nothing). A function whose
first test changes must change its gate here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from frontwatch.extract.coalitions import co_owner_pairs
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.fightcues import fighting_pairs
from frontwatch.extract.linkcues import possessed_branch_pairs
from frontwatch.extract.operations import anti_pairs
from frontwatch.extract.relcues import words
from frontwatch.extract.sharedheads import SHARED_OWNER_DEPS, shared_head_pairs
from frontwatch.nlp.treearrays import char_starts, children_indices, labels_and_lowers, lemma_forms
from frontwatch.nlp.wordtest import part_of_speech_in

Gate = Callable[[Any, int, ArticleContext], bool]  # (doc, token index, context)


def may_fight(doc: Any, i: int, ctx: ArticleContext) -> bool:
    """``fighting_pairs``' branches: a verb, a noun of ``against_nouns`` or
    ``against_only_nouns`` (by its lemma, as the function reads it), or a token an
    "against" hangs on ("the Combined Joint Task Force against the Islamic State")."""
    if part_of_speech_in(doc, ("VERB",))[i]:
        return True
    lemma = lemma_forms(doc)[i].lower()
    if lemma in words("against_nouns") or lemma in words("against_only_nouns"):
        return True
    lowers = labels_and_lowers(doc)[1]
    return any(lowers[c] == "against" for c in children_indices(doc)[i])


def starts_its_mention(doc: Any, i: int, ctx: ArticleContext) -> bool:
    """``anti_pairs``: the token opens the actor mention it is in."""
    mention = ctx.actor_at.get(i)
    return mention is not None and char_starts(doc)[i] == mention.start


def _hangs_by(labels: frozenset[str]) -> Gate:
    def gate(doc: Any, i: int, ctx: ArticleContext) -> bool:
        return labels_and_lowers(doc)[0][i] in labels

    return gate


ACTOR_GATES: dict[Callable[..., Any], Gate] = {
    fighting_pairs: may_fight,
    anti_pairs: starts_its_mention,
    co_owner_pairs: _hangs_by(frozenset({"amod", "compound"})),
    shared_head_pairs: _hangs_by(SHARED_OWNER_DEPS | {"conj"}),
    possessed_branch_pairs: _hangs_by(frozenset({"poss"})),
}


def gated(cues: tuple[Any, ...], doc: Any, i: int, ctx: ArticleContext) -> tuple[Any, ...]:
    """``cues`` less the functions of ``ACTOR_GATES`` whose gate the token at ``i`` fails."""
    return tuple(c for c in cues if c not in ACTOR_GATES or ACTOR_GATES[c](doc, i, ctx))
