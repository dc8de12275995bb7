"""A side named by the deed it did: "Militias attacked a base near T, and American jets
answered, killing scores of the attackers": the attackers are the militias, the doer of the
attack told before them in the sentence or the one before. "The attackers", "the
assailants", "the raiders" (``deed_doer_nouns``) stand for the subject of the last verb of
attack before them (``deed_doer_verbs``); a class subject that lists its members ("fighters,
contractors of X among them") stands for the members it names. Without such a deed before
them the noun names no one ("the attackers fled" after a bombing told with no doer). Read
for the relation cues (extract/crossrefs.py) and for the target of a deed
(extract/arguments.py). The words are data (``relations.yaml``: ``article_ties.anaphora``).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from frontwatch.extract.amongthem import named_members
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.prepobjects import pobjs
from frontwatch.extract.verbsubjects import subject_of
from frontwatch.records import Mention

_DEFINITE = frozenset({"the", "these", "those"})
_OF = frozenset({"of"})


@cache
def _words(key: str) -> frozenset[str]:
    table: dict[str, list[str]] = get_lexicon().relations["article_ties"]["anaphora"]
    return frozenset(table[key])


def deed_doer_noun(lower: str, lemma: str) -> bool:
    """Whether a word (lower-case form, lemma) names a side by its deed: "the attackers"."""
    return lemma.lower() in _words("deed_doer_nouns") or lower in _words("deed_doer_nouns")


def deed_doers(tok: Any, ctx: ArticleContext) -> list[Mention]:
    """The sides "the attackers" stands for: the doers of the last attack told before it in
    its sentence or the one before; [] for none."""
    if not deed_doer_noun(tok.lower_, tok.lemma_) or not any(
        c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children
    ):
        return []
    own = next((a for a in tok.ancestors if a.pos_ == "VERB"), tok)
    for word in words_before(tok):
        if word.i == own.i:
            continue  # "jets struck the attackers": the deed done to them, not theirs
        if word.pos_ == "VERB" and lemma_of(word) in _words("deed_doer_verbs"):
            subject = subject_of(word)
            if subject is None or subject.i == tok.i:
                return []
            return named_members(subject, ctx, actor_near(ctx, subject))
    return []


def words_before(tok: Any) -> Any:
    """The words before ``tok`` in its sentence and the one before, nearest first."""
    sent = tok.sent
    start = tok.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return reversed(tok.doc[start : tok.i])


def deed_doer_named(noun: Any, ctx: ArticleContext) -> Mention | None:
    """The first side a deed's object stands for when it is "the attackers" or counts them
    ("killing scores of the attackers"); None otherwise."""
    for tok in (noun, *pobjs(noun, _OF)):
        doers = deed_doers(tok, ctx)
        if doers:
            return doers[0]
    return None


__all__ = ["deed_doer_named", "deed_doer_noun", "deed_doers", "words_before"]
