"""Whether a verb is passive: "T was taken by X", "forces backed by X".

Kept apart from extract/arguments.py because the argument finders, the carrier finders
(extract/carriers.py) and the control and relation cues all ask it.
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.bareparticiples import bare_passive
from frontwatch.extract.concernwords import concern_words
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.prepobjects import pobjs
from frontwatch.nlp.treearrays import children_labelled


def is_passive(verb: Any) -> bool:
    """A passive clause or a participle hung on a noun ("forces backed by X"); not a word of
    concern, a state of its subject ("we are alarmed by reports of X": we are the speaker)."""
    if verb.lower_ in concern_words(get_lexicon()):
        return False
    return (
        passive_clause(verb)
        or (verb.dep_ == "acl" and verb.tag_ == "VBN" and not _finite_verb_hung_on_noun(verb))
        or bare_passive(verb)  # "reported four Syrians killed in an Israeli strike"
    )


def _finite_verb_hung_on_noun(verb: Any) -> bool:
    """ "sources said jets of the coalition bombed tents": the parser hung the verb on the
    noun before it as a participle, but a participle with an object of its own and no
    "by" agent is the active verb of that noun ("the coalition bombed tents")."""
    has_object = any(c.dep_ == "dobj" for c in verb.children)
    return (
        has_object
        and not pobjs(verb, frozenset({"by"}))
        and not any(c.dep_ == "agent" for c in verb.children)
    )


_PASSIVE_DEPS = frozenset({"nsubjpass", "auxpass"})


def passive_clause(verb: Any) -> bool:
    """The verb has a passive auxiliary or subject of its own ("T was taken by X"). A name
    is no auxiliary: "IS militants seized the town" opening a sentence, which the parser
    reads as a question's "Is", is active."""
    return any(
        c.dep_ == "nsubjpass" or (c.dep_ == "auxpass" and not c.ent_type_)
        for c in children_labelled(verb, _PASSIVE_DEPS)  # a Token only of these
    )


def own_forces_sent(kind: str, verb: Any, start: int) -> bool:
    """ "Russian troops were deployed to Syria", "reinforcements sent to T", with no doer
    named: the forces (the mention starting at ``start``, the passive's subject) are the
    side's own, its doer, never a target (``own_forces_types`` in events.yaml)."""
    if kind not in get_lexicon().events["own_forces_types"]:
        return False
    if verb.pos_ != "VERB" or not is_passive(verb):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")]
    subjects += [verb.head] if verb.dep_ == "acl" else []
    return any(s.left_edge.idx <= start <= s.right_edge.idx for s in subjects)
