"""Entries that open a fight for a place rather than end it.

"Troops entered the IS stronghold of T", "rebels stormed the government-held city of T":
the sentence itself says another side holds the ground the force goes into, so the entry is
the assault on it, not its capture (the battle goes on; "entered T, which X had held" tells
an old holding and stays a capture). "Rebels stormed the city and the battle for T began",
"troops attacked and entered T": an entry told as the start of a battle, or as one deed
with an attack on the place, is the fighting, not a change of hands. A capture verb
("captured the rebel-held town") still takes the place.
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.lexicon import lemma_of
from frontwatch.extract.observations import control_words


def opens_a_fight(verb: Any) -> bool:
    """Whether the entry ``verb`` (enter, storm) goes into ground its own sentence says
    another side holds, starts a battle, or is one deed with an attack (module docstring)."""
    return _into_held_ground(verb) or _battle_begins(verb) or _joined_to_an_attack(verb)


def _into_held_ground(verb: Any) -> bool:
    """ "entered the IS stronghold of T", "stormed the rebel-held district of T", "entered
    the government-controlled city of T"; not "the former rebel stronghold"."""
    strongholds = control_words("owned_place_nouns")
    held = control_words("held_adjectives")
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        mods = [c for c in obj.children if c.dep_ in ("amod", "compound", "nmod")]
        if any(m.lower_ in control_words("former_marks") for m in mods):
            continue
        if lemma_of(obj) in strongholds or any(m.lower_ in held for m in mods):
            return True
    return False


def _battle_begins(verb: Any) -> bool:
    """ "stormed the city and the battle for T began", "entered T, and fierce fighting
    broke out": a clause joined to the entry telling a fight begin."""
    fights = control_words("fight_begun_marks")
    starts = control_words("fight_start_marks")
    # "stormed the city and the battle for T began": the parser may join the battle to the
    # object and leave "began" without a subject
    misread = [c for o in verb.children if o.dep_ == "dobj" for c in o.children if c.dep_ == "conj"]
    for clause in (c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")):
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")] or misread
        if lemma_of(clause) in starts and any(lemma_of(s) in fights for s in subjects):
            return True
    return False


def _joined_to_an_attack(verb: Any) -> bool:
    """ "attacked and entered T": the entry is joined to an attack verb it shares its
    subject with ("Turkish forces attacked and entered T on Saturday")."""
    if verb.dep_ != "conj" or verb.head.pos_ != "VERB":
        return False
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    return not own_subject and lemma_of(verb.head) in control_words("attack_entry_marks")
