"""States and deeds the sentence says are over or never came about: "no longer holds T"
(held once, not now), "used to control T" (a past habit, not today's state), "nearly
captured T" (came close, did not). Words are data (cues.yaml, certainty:
``ceased_adverbs``, ``near_miss_adverbs``, ``lapsed_state_verbs``, ``past_habit_verbs``).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.lexicon import get_lexicon


def ceased(child: Any) -> bool:
    """ "no longer", "no more": an adverb of the fact's verb that is itself negated."""
    if child.dep_ != "advmod" or child.lower_ not in get_lexicon().certainty("ceased_adverbs"):
        return False
    return any(g.dep_ == "neg" or g.lower_ == "no" for g in child.children)


def near_miss(child: Any, verb: Any) -> bool:
    """ "nearly captured T", "almost overran the base": the adverb is on the deed's verb
    itself and before it ("nearly 40 were killed" counts the dead, not the deed)."""
    if verb.pos_ not in ("VERB", "AUX") or child.dep_ != "advmod" or child.i > verb.i:
        return False
    return child.lower_ in get_lexicon().certainty("near_miss_adverbs")


def past_habit(verb: Any) -> str:
    """ "Rebels used to control eastern Aleppo": a state the verb of habit puts in the past
    (its subject held it then, not now); the cue, else "". "used drones to strike T" and
    "were used to shell T" (an instrument) and "used to attack" (deeds done) are not."""
    lex = get_lexicon()
    habit = verb.head
    if verb.dep_ != "xcomp" or habit.i == verb.i or habit.i > verb.i:
        return ""
    if habit.lemma_.lower() not in lex.certainty("past_habit_verbs"):
        return ""
    # the parser tags a bare "used" as a past or a participle; "has used", "was used" are not habit
    if habit.tag_ not in ("VBD", "VBN") or any(
        c.dep_ in ("dobj", "aux", "auxpass", "nsubjpass") for c in habit.children
    ):
        return ""
    held = verb.lemma_.lower() in lex.certainty("lapsed_state_verbs")
    return f"{habit.text} to" if held else ""
