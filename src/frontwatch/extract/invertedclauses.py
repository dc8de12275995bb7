"""Clauses told the other way round, the doer after the verb: "Fighting beside the army were
militias paid by Iran", "Battling alongside the rebels were Turkish special forces",
"Alongside the Kurds fought American advisers". The participle (or verb) comes first, then
"were" (or the verb), then who does it: that noun is the verb's subject
(extract/verbsubjects.py), whatever the parser hung it on; and a fight told so beside a side
("Fighting beside the army were ...") tells the side taken, no fight with it
(``takes_a_side_only``, events.yaml ``side_preps``).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.allianceprep import alliance_prep
from frontwatch.nlp.treearrays import children_labelled

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# where the parser hangs the doer told after "were": "were militias" (npadvmod, attr...)
_DOER_DEPS = frozenset({"nsubj", "nsubjpass", "npadvmod", "attr", "dobj"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
# words that may come before a fronted participle: "Also fighting beside ...", "And ..."
_LEAD_POS = frozenset({"ADV", "CCONJ", "PUNCT"})


def inverted_subject(verb: Any) -> Any | None:
    """The doer told after the verb in an inverted clause; None when the clause is in the
    usual order or the verb is not at its front."""
    if any(c.i < verb.i for c in children_labelled(verb, _SUBJECT_DEPS)):
        return None
    if verb.tag_ == "VBG" and _fronted(verb):
        aux = next(
            (c for c in verb.children if c.dep_ == "aux" and c.lemma_ == "be" and c.i > verb.i),
            None,
        )
        if aux is not None:  # "Fighting beside X were Y", parsed as one verb with "were"
            return _doer_after(verb, aux.i) or _doer_after(aux, aux.i)
        be = verb.head
        if verb.dep_ == "csubj" and be.lemma_ == "be" and be.i > verb.i:
            return _doer_after(be, be.i)  # "Fighting beside X" as the subject of "were Y"
        return None
    fronted = [c for c in verb.lefts if c.dep_ == "prep" and alliance_prep(c) is not None]
    if fronted and _fronted(fronted[0]):  # "Alongside X fought Y"
        return _doer_after(verb, verb.i)
    return None


def takes_a_side_only(verb: Any, entry: dict[str, Any]) -> bool:
    """ "Hezbollah, which fights alongside the army", "has fought alongside the regime since
    2013": the side it is on (``side_preps``), told in the present or of what it is, with no
    one it fights named (an object or "against") nor a fight's aim ("fought alongside the
    army to reclaim Tikrit" is a fight)."""
    sides = entry.get("side_preps", ())
    preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    if not sides or not preps & set(sides) or "against" in preps:
        return False
    inverted = inverted_subject(verb)  # "Fighting beside the army were militias": their side
    doer = inverted.i if inverted is not None else -1
    if any(c.dep_ in ("dobj", "xcomp", "advcl") and c.i != doer for c in verb.children):
        return False
    present = verb.tag_ in ("VBZ", "VBP") or any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children
    )
    return present or verb.dep_ == "relcl" or inverted is not None


def _fronted(tok: Any) -> bool:
    """The token opens its sentence, but for adverbs, conjunctions and punctuation."""
    return all(t.pos_ in _LEAD_POS for t in tok.doc[tok.sent.start : tok.i])


def _doer_after(host: Any, after: int) -> Any | None:
    return next(
        (c for c in host.children if c.i > after and c.dep_ in _DOER_DEPS and c.pos_ in _NOMINAL),
        None,
    )


__all__ = ["inverted_subject", "takes_a_side_only"]
