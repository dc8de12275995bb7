"""The topic a definite class noun continues: "Jaysh al-Thuwar clashed with the Nusra Front
near Azaz. The brigade later joined the SDF" -- "the brigade" is the group the sentence
before was about (its subject), not the rival named beside it.

A definite class noun that is itself the subject of its main clause ("The group", "The
brigade", "The militia") continues the topic of the copy before it: where the antecedent
search finds two or more fitting sides in the last sentence that names one
(``take_antecedent``), the one among the window's candidates that was the
subject of its own main clause, the latest such, is taken. Copy that parsed no sentence
marks no subject, and the search stays as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from frontwatch.kb.actors.classgates import noted
from frontwatch.nlp.charspans import expanded_range

if TYPE_CHECKING:
    from frontwatch.kb.actors.antecedents import Found
    from frontwatch.records import Mention

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_ARTICLES = frozenset({"the", "a", "an"})
_OBJECT_PRONOUNS = frozenset({"them", "it", "him", "her"})


def mark_main_subjects(doc: Any, found: list[Found]) -> None:
    """Mark, in place, each mention that heads the subject of its sentence's main clause
    ("Liwa al-Quds was founded in 2013", "The group supported the army"); a subject of a
    clause inside another ("officials said the group ...") or one of two joined sides is
    none. Mark too each name that only says what another is called ("activists described
    them as Shabiha"): no class stands for it."""
    if not doc.has_annotation("DEP"):
        return
    for f in found:
        bounds = expanded_range(doc, f.mention.start, f.mention.end)
        if bounds is None:
            continue
        root = doc[bounds[0] : bounds[1]].root
        # "X and Y clashed": a subject of two sides is no one topic
        f.subject = root.dep_ in _SUBJECTS and root.head.dep_ == "ROOT" and not root.conjuncts
        f.described = _named_as(doc, bounds[0], root)


def _named_as(doc: Any, start: int, root: Any) -> bool:
    """ "described them as Shabiha", "regard the militia as Hezbollah's proxy": the name is
    what the verb's object is called, no side of its own ("As the Mahdi Army, the group
    rose", "also known as X" name the subject itself). In a sentence the gate left unparsed
    (no cue word: nlp/gate.py) the words before it say so: an object pronoun and "as"."""
    if root.dep_:
        prep = root.head
        return bool(
            root.dep_ == "pobj"
            and prep.lower_ == "as"
            and any(c.dep_ == "dobj" for c in prep.head.children)
        )
    i = start - 1
    if i >= 0 and doc[i].lower_ in _ARTICLES:
        i -= 1
    return i >= 1 and doc[i].lower_ == "as" and doc[i - 1].lower_ in _OBJECT_PRONOUNS


def topic_candidate(
    matching: list[tuple[str, Mention]], subjects: set[int]
) -> tuple[str, Mention] | None:
    """The latest candidate (actor id, mention) whose mention was a main-clause subject
    (``subjects``: the ids of such mentions), None when there is none."""
    return next(((a, c) for a, c in reversed(matching) if id(c) in subjects), None)


def take_antecedent(
    m: Mention, matching: list[tuple[str, Mention]], topics: set[int], described: set[int]
) -> None:
    """Give the generic ``m`` the last fitting candidate (actor id, mention) of ``matching``;
    two or more of the last sentence that names one leave it open, unless one of them is a
    name outright, or the window's topic decides (``topics``: the ids of the candidates'
    mentions that were main-clause subjects, empty unless ``m`` is one itself). A candidate
    that only says what another is called (``described``) is never taken: the topic is, or
    none."""
    last_id, last = matching[-1]
    rivals = {a for a, c in matching if c.sentence_index == last.sentence_index}
    named = {a for a, c in matching if c.sentence_index == last.sentence_index and a == c.actor_id}
    if len(rivals) > 1 and len(named) == 1:
        # "the U.S. military ... the Syrian regime": a force named outright beats one a
        # government stands for in the same sentence
        last_id, last = next((a, c) for a, c in reversed(matching) if a in named)
        rivals = named
    if len(rivals) > 1 or id(last) in described:
        topic = topic_candidate(matching, topics)
        if topic is not None:  # "X clashed with Y. The brigade ...": the subject's topic
            (last_id, last), rivals = topic, {topic[0]}
        elif id(last) in described:  # "... described them as Shabiha. The group ..."
            m.note = noted(m, f"antecedent only a name for another: {last.text}")
            return
    if len(rivals) > 1:
        m.note = noted(m, "antecedent ambiguous: " + "|".join(sorted(rivals)))
        return
    m.actor_id, m.resolution = last_id, "context"
    m.note = noted(m, f"antecedent:{last.text}")
