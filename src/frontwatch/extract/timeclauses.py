"""Time clauses: "will fight on until T is taken", "would withdraw once the town is
cleared" tell what has not happened yet; "the vote will come a year after rebels seized T"
tells what has. Words are data (cues.yaml, certainty: ``future_clause_marks``,
``present_clause_marks``, ``past_clause_marks``, ``future_modals``).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.lexicon import get_lexicon


def is_future_time_clause(gov: Any, child: Any) -> bool:
    """ "the offensive would continue until the countryside was captured": a time clause
    under a verb of the future or a condition tells what has not happened yet."""
    lex = get_lexicon()
    if _gerund_after(child):
        return _under_a_modal(gov)  # "will shell the district before storming T"
    marks = {c.lower_ for c in child.children if c.dep_ == "mark"}
    if child.dep_ != "advcl" or not marks & lex.certainty("future_clause_marks"):
        return False
    if marks & lex.certainty("present_clause_marks") and _present_tense(child):
        return True
    modals = _modals_over(gov)
    if marks <= lex.certainty("past_clause_marks") and _past_tense(child):
        # "the vote will come a year after rebels seized T": a future verb takes a present
        # in its time clause, so a past there is done; "would ... after" is the past's future
        modals -= lex.certainty("future_modals")
    return bool(modals & lex.certainty("hypothetical_modals"))


def _gerund_after(prep: Any) -> bool:
    """ "before storming T", "until clearing T": a time preposition with a gerund, one that
    does not tell a deed done ("after capturing T" is, cues ``done_preps``)."""
    cues = get_lexicon().certainty
    if prep.dep_ != "prep" or prep.lower_ not in cues("future_clause_marks"):
        return False
    done = cues("done_preps") | cues("past_clause_marks")
    return prep.lower_ not in done and any(c.dep_ == "pcomp" for c in prep.children)


def _under_a_modal(gov: Any) -> bool:
    return bool(_modals_over(gov) & get_lexicon().certainty("hypothetical_modals"))


def _modals_over(gov: Any) -> set[str]:
    governors = [gov, *list(gov.ancestors)[:3]]  # "will be responsible for securing T once ..."
    return {c.lower_ for g in governors for c in g.children if c.dep_ == "aux"}


def _past_tense(verb: Any) -> bool:
    """ "seized", "had seized", "was seized": the verb or its auxiliary is in the past."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if auxiliaries:
        return any(c.tag_ == "VBD" for c in auxiliaries)
    return bool(verb.tag_ == "VBD")


def _present_tense(verb: Any) -> bool:
    """ "is cleared", "has fallen", "falls": the verb or an auxiliary of it is present."""
    present = ("VBZ", "VBP")
    auxiliaries = (c for c in verb.children if c.dep_ in ("aux", "auxpass"))
    return verb.tag_ in present or any(c.tag_ in present for c in auxiliaries)
