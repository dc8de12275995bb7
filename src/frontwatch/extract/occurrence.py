"""Verbs that say an act happened, and are no act of their own: "the attack took place in
Douma", "the ambush happened near Hasakah" (events.yaml's occurrence_idioms and
occurrence_verbs)."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.lexicon import get_lexicon


def is_occurrence_idiom(verb: Any) -> bool:
    """ "took place", "had taken place": the verb with its object says something happened."""
    objects = set(get_lexicon().events["occurrence_idioms"].get(verb.lemma_.lower(), ()))
    return any(c.dep_ == "dobj" and c.lemma_.lower() in objects for c in verb.children)


def tells_it_happened(verb: Any) -> bool:
    """An occurrence idiom, or a verb of happening ("happened", "occurred")."""
    return verb.lemma_.lower() in get_lexicon().events["occurrence_verbs"] or is_occurrence_idiom(
        verb
    )
