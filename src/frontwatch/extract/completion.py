"""A deed whose completion is still to come: "the capture of T is expected to be completed
soon", "the offensive would be over within days", "the operation to clear T is nearing
completion", "the takeover of T is set to be finished this week". The deed named as the
subject of its own completing is not done yet: hypothetical, as an aim is. Told as done
("the capture of T was completed on Friday", "the offensive ended last week") it stays a
fact. Words are data (cues.yaml: ``completion_verbs``, ``completion_states``,
``nearing_verbs``, ``completion_nouns``, ``completion_modals``, ``expectation_words``).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.lexicon import get_lexicon

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def pending_completion(anchor: Any) -> str:
    """The word that tells the completion of the anchor's deed is still to come ('' if none):
    the anchor is the subject of its completing ("X is completed", "X is over"), told under a
    modal of the future or an expectation, or of its nearing completion."""
    if anchor.dep_ not in _SUBJECTS or anchor.pos_ not in ("NOUN", "PROPN"):
        return ""
    words = get_lexicon().certainty
    verb, lemma = anchor.head, anchor.head.lemma_.lower()
    if lemma in words("expectation_words"):  # "X is expected to be completed": raised subject
        told = [c for c in verb.children if c.dep_ == "xcomp" and _completing(c)]
        return str(verb.text) if told else ""
    if lemma in words("nearing_verbs"):  # "the offensive is nearing completion"
        ends = [
            c
            for c in verb.children
            if c.dep_ == "dobj" and c.lemma_.lower() in words("completion_nouns")
        ]
        return str(verb.text) if ends else ""
    return _still_to_come(verb) if _completing(verb) else ""


def _completing(verb: Any) -> bool:
    """ "completed", "finished", "is over", "be complete": the deed's own end, not its
    ending something else ("the fall of T would end IS's hold on the coast")."""
    words = get_lexicon().certainty
    if verb.lemma_.lower() in words("completion_verbs"):
        return not any(c.dep_ == "dobj" for c in verb.children)
    states = words("completion_states")
    return verb.lemma_.lower() == "be" and any(
        c.dep_ in ("acomp", "advmod", "prt") and c.lower_ in states for c in verb.children
    )


def _still_to_come(verb: Any) -> str:
    """ "will be completed", "would be over", "is expected to be completed", "is set to end"."""
    words = get_lexicon().certainty
    modal = next(
        (
            c.text
            for c in verb.children
            if c.dep_ == "aux" and c.lower_ in words("completion_modals")
        ),
        "",
    )
    if modal:
        return modal
    over = verb.head
    if (
        verb.dep_ == "xcomp"
        and over.i != verb.i
        and over.lemma_.lower() in words("expectation_words")
    ):
        return str(over.text)
    return ""


__all__ = ["pending_completion"]
