"""The side the subject of the sentence before a pronoun names: "The Houthis took Sanaa.
They ousted the government": the Houthis.

Within a paragraph, the subject of the sentence before (a pronoun there followed back).
A paragraph break ends the search: a new paragraph names its sides afresh. The words are data
(``relations.yaml``: ``anaphora``).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.prepobjects import pobjs
from frontwatch.extract.verbsubjects import subject_of
from frontwatch.records import Mention

_OF = frozenset({"of"})


@cache
def anaphora_words(key: str) -> frozenset[str]:
    table: dict[str, list[str]] = get_lexicon().relations["article_ties"]["anaphora"]
    return frozenset(table[key])


_words = anaphora_words


def named_subject_before(tok: Any) -> bool:
    """A subject before ``tok`` in its sentence that is no pronoun: the pronoun of a clause
    it governs stands for it ("the weapons are banned because they ...")."""
    return any(
        t.dep_ in ("nsubj", "nsubjpass") and t.pos_ != "PRON"
        for t in tok.doc[tok.sent.start : tok.i]
    )


def subject_before(tok: Any, ctx: ArticleContext, hops: int = 2) -> Mention | None:
    """The actor the subject of the sentence before ``tok``'s names, if any; a pronoun
    subject there is followed back ("The Houthis took Sanaa. They ousted the government.
    They are armed by Iran": the Houthis), at most ``hops`` sentences further."""
    sent = tok.sent
    if sent.start == 0:
        return None
    before = tok.doc[sent.start - 1].sent
    gap = tok.doc[sent.start - 1]  # a line break is a token of its own, ending the sentence
    if gap.is_space and "\n" in gap.text:
        return None  # a paragraph break: a new paragraph names its sides afresh
    subj = subject_of(before.root) if before.root.pos_ in ("VERB", "AUX") else None
    told = _told_before_its_teller(before.root)
    if told is not None:
        subj = told  # "X pushed into T, activists said. They ...": X, not the activists
    # the subject's own name or its modifier's ("The U.S. strike"), not an "of" object ("A
    # close ally of the Syrian government Russia started strikes. It said ...": not Syria),
    # unless the subject is a part of that group ("Some of the rebels withdrew. They ...")
    found = actor_near(ctx, _whole_of(subj), depth=1)
    if found is None and hops > 0 and subj is not None and _chained_pronoun(subj):
        return subject_before(subj, ctx, hops - 1)
    return found


def _whole_of(subj: Any | None) -> Any | None:
    """The group a partitive subject is part of ("Some of the rebels": the rebels), else
    the subject itself."""
    if subj is None or subj.lower_ not in _words("partitive_subjects"):
        return subj
    return next(iter(pobjs(subj, _OF)), subj)


def _chained_pronoun(subj: Any) -> bool:
    """A subject pronoun that itself stands for the subject before it: the index holds no
    side there once its sentence is read, so its own antecedent is looked up again."""
    alone = subj.lower_ in _words("partitive_subjects") and _whole_of(subj) is subj
    return (subj.lower_ in _words("subject_pronouns") or alone) and not named_subject_before(subj)


def _told_before_its_teller(root: Any) -> Any | None:
    """The subject of what a sentence reports when its teller comes last ("Troops pushed
    into the town, activists said"): the sentence is about the troops. Not when the teller
    comes first ("The army said it ..."), where the teller is the subject to refer to."""
    if root.lemma_.lower() not in _words("reporting_verbs"):
        return None
    told = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), None)
    subj = subject_of(told) if told is not None else None
    return subj if subj is not None and subj.pos_ != "PRON" else None
