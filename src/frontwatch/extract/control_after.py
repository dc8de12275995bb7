"""A holding told as the outcome of the other side leaving is a change of hands.

"T was under jihadist control on Friday after the army was driven out", "the rebels
controlled T after government troops withdrew": the holder took T from the side that
left, at the time told. A holding with no such clause, or one whose leaver is the holder
itself or no armed side ("after residents fled"), stays a holding.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from frontwatch.extract.arguments import is_passive, pobjs
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import lemma_of
from frontwatch.extract.observations import (
    Observation,
    control_words,
    is_combatant,
    place_in,
    place_key,
    subject_actor,
)


def taken_as_the_other_side_left(obs: Observation, ctx: ArticleContext) -> Observation:
    """The holding as a capture from the side an "after" clause says left, else as it was;
    a capture that names no loser took the place from that side ("X entered T after Y
    withdrew")."""
    if obs.new is None or obs.kind not in ("held", "capture"):
        return obs
    if obs.kind == "capture":
        left = None if obs.previous is not None else _leaver(_clause_head(obs.trigger), obs, ctx)
        return obs if left is None else replace(obs, previous=left)
    head = _clause_head(obs.trigger)
    if lemma_of(head) in control_words("continuity_marks"):
        return obs  # "remained under X control after ...": X held T before, too
    leaver = _leaver(head, obs, ctx)
    if leaver is None:
        return obs
    return Observation("capture", obs.trigger, obs.place, obs.new, leaver, obs.presupposed, obs.nth)


def _clause_head(tok: Any) -> Any:
    """The verb or copula of the clause a cue sits in ("was" of "T was under X control")."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _leaver(head: Any, obs: Observation, ctx: ArticleContext) -> Any | None:
    """The armed side other than the holder that an "after" clause on ``head`` says left
    ("after the army withdrew", "after buildings were attacked and the army driven out"),
    from the held place if the clause names where it left."""
    holder = obs.new.actor_id if obs.new is not None else None
    for clause in head.children:
        if clause.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ in control_words("after_marks") for c in clause.children
        ):
            continue
        for verb in (clause, *clause.conjuncts):
            if not _leaving(verb) or not _left_the_place(verb, obs, ctx):
                continue
            found = subject_actor(verb, ctx)
            if found is not None and found.actor_id != holder and is_combatant(found, ctx):
                return found
    return None


def _leaving(verb: Any) -> bool:
    """ "withdrew", "pulled out", "retreated", "left", "was driven out", "was expelled";
    not "drove out the army" (the army left, not the subject) nor "was pushed back"."""
    lemma = lemma_of(verb)
    if lemma in control_words("withdrawal_verbs") or lemma in control_words("leaving_verbs"):
        return True
    if lemma not in control_words("driven_out_verbs") or not _passive(verb):
        return False
    out = any(c.dep_ in ("prt", "advmod") and c.lower_ == "out" for c in verb.children)
    return out or lemma not in control_words("out_particle_verbs")


def _passive(verb: Any) -> bool:
    """ "was driven out", and the gapped "buildings were attacked and the army driven out"
    (a bare participle, no "had" before it)."""
    bare = verb.tag_ == "VBN" and not any(
        c.dep_ == "aux" and lemma_of(c) == "have" for c in verb.children
    )
    return bool(is_passive(verb) or bare)


def _left_the_place(verb: Any, obs: Observation, ctx: ArticleContext) -> bool:
    """ "withdrew from the region", "left Bardale": a place left that is not the held one
    tells of a move elsewhere; a leaving with no place named left the held one ("withdrew
    its troops" names what left, not where from)."""
    sources = pobjs(verb, frozenset({"from", "of"}))
    places = [place_in(n, ctx) for n in sources + [c for c in verb.children if c.dep_ == "dobj"]]
    left = [place_key(p) for p in places if p is not None]
    if not left:
        return not sources
    return place_key(obs.place) in left
