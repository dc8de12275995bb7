"""Blame told as a statement about who is responsible: an ACCUSE by the speaker.

"Activists said the government was responsible for the blast", "Kyiv says Moscow is behind
the attacks", "officials believe IS was responsible": the speaker accuses the one said to be
responsible. The words (``blame`` in ``data/events.yaml``) are adjectives and prepositions
that, as the predicate of "be" in a clause a speaker states, name the one to blame.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from frontwatch.extract.arguments import Arguments
from frontwatch.extract.certainty import claim_for
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.culprits import for_an_act
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.stance import told_act
from frontwatch.extract.timeref import TimeMatch
from frontwatch.extract.undergone import own_claim_of
from frontwatch.extract.verbsubjects import subject_of
from frontwatch.nlp.wordtest import tokens_passing
from frontwatch.records import Event


def responsibility_events(sent: Any, ctx: ArticleContext, times: Sequence[TimeMatch]) -> list[Event]:
    """ACCUSE for "X said Y was responsible for / behind Z"."""
    # only a predicate word can name the culprit: the sentence's other tokens are never made
    culprit_words = tokens_passing(sent, _is_blame_predicate)
    # "X claimed they were responsible for the attack" is X's claim of its own act, no blame
    return [
        _accusation(p, sent, ctx, times)
        for p in culprit_words
        if _names_the_culprit(p) and own_claim_of(p, ctx) is None
    ]


def _is_blame_predicate(lower: str, lemma: str) -> bool:
    """A word test (``nlp.wordtest``): one of the ``blame`` predicates."""
    return lower in get_lexicon().events["blame"]["predicates"]


def _names_the_culprit(word: Any) -> bool:
    """ "responsible" or "behind" as what "be" says of its subject, in a speaker's clause."""
    words = get_lexicon().events["blame"]
    be = word.head
    if word.lower_ not in words["predicates"] or word.dep_ not in ("acomp", "prep", "attr"):
        return False
    if be.lemma_.lower() != "be" or be.dep_ not in ("ccomp", "xcomp"):
        return False
    return be.head.lemma_.lower() in words["speaker_verbs"] and for_an_act(word)


def _accusation(word: Any, sent: Any, ctx: ArticleContext, times: Sequence[TimeMatch]) -> Event:
    be, speaker_verb = word.head, word.head.head
    said_by, culprit = subject_of(speaker_verb), subject_of(be)
    args = Arguments()
    args.source = actor_near(ctx, said_by)
    args.target = actor_near(ctx, culprit)
    claim = claim_for(speaker_verb, ctx)
    return told_act("ACCUSE", word, speaker_verb, args, claim, sent, ctx, times)
