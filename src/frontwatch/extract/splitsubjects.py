"""Subjects the parser split off a subject's backing phrase.

"The push backed by Damascus ally Russia has taken T": the parser hangs the end of the
backer's phrase ("Russia") on the verb as a second subject. A backer is never the doer,
so such a subject is dropped; the backing verbs are data (relations.yaml, backing_verbs).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.lexicon import get_lexicon

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")


def without_split_backers(subjects: list[Any]) -> list[Any]:
    """'The push backed by Assad ally Russia has taken ...': the parser hangs the end of the
    backer's phrase on the verb as a second subject; a backer is never the doer."""
    if len(subjects) < 2:
        return subjects
    kept = [s for s in subjects if not any(_ends_backing_phrase(o, s) for o in subjects)]
    return kept or subjects


def is_split_backer(tok: Any) -> bool:
    """Whether a subject the parser hung on a verb ends a subject's backing phrase."""
    if tok.dep_ not in SUBJECT_DEPS or tok.head.i == tok.i:
        return False
    return any(_ends_backing_phrase(other, tok) for other in tok.head.children)


def _ends_backing_phrase(first: Any, second: Any) -> bool:
    if first.i == second.i or second.left_edge.i != first.right_edge.i + 1:
        return False
    backing = get_lexicon().relation_words("backing_verbs")
    return any(t.dep_ == "agent" and t.head.lemma_.lower() in backing for t in first.subtree)


def split_backers(noun: Any) -> list[Any]:
    """The subjects the parser split off the backing phrase of ``noun``, itself a subject
    ("Syrian troops backed by warplanes and Hezbollah fighters attacked T": "fighters" is
    hung on "attacked" beside "troops"): they end the phrase, so they back ``noun`` too."""
    if noun.dep_ not in SUBJECT_DEPS or noun.head.i == noun.i:
        return []
    return [
        s
        for s in noun.head.children
        if s.dep_ in SUBJECT_DEPS and s.i > noun.i and _ends_backing_phrase(noun, s)
    ]

