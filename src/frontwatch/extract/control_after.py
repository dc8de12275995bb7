"""A holding told as the outcome of the other side leaving is a change of hands.

"T was under jihadist control on Friday after the army was driven out", "the rebels
controlled T after government troops withdrew": the holder took T from the side that
left, at the time told. A holding with no such clause, or one whose leaver is the holder
itself or no armed side ("after residents fled"), stays a holding.
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import lemma_of
from frontwatch.extract.observations import Observation, control_words, is_combatant, subject_actor


def taken_as_the_other_side_left(obs: Observation, ctx: ArticleContext) -> Observation:
    """The holding as a capture from the side an "after" clause says left, else as it was."""
    if obs.kind != "held" or obs.new is None:
        return obs
    leaver = _leaver(_clause_head(obs.trigger), obs.new, ctx)
    if leaver is None:
        return obs
    return Observation("capture", obs.trigger, obs.place, obs.new, leaver, obs.presupposed, obs.nth)


def _clause_head(tok: Any) -> Any:
    """The verb or copula of the clause a cue sits in ("was" of "T was under X control")."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _leaver(head: Any, holder: Any, ctx: ArticleContext) -> Any | None:
    """The armed side other than the holder that an "after" clause on ``head`` says left
    ("after the army withdrew", "after buildings were attacked and the army driven out")."""
    for clause in head.children:
        if clause.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ in control_words("after_marks") for c in clause.children
        ):
            continue
        for verb in (clause, *clause.conjuncts):
            if not _leaving(verb):
                continue
            found = subject_actor(verb, ctx)
            if found is not None and found.actor_id != holder.actor_id and is_combatant(found, ctx):
                return found
    return None


def _leaving(verb: Any) -> bool:
    """ "withdrew", "pulled out", "retreated", "left", "was driven out", "was expelled"."""
    lemma = lemma_of(verb)
    return lemma in control_words("withdrawal_verbs") or lemma in control_words("leaving_verbs")
