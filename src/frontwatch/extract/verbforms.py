"""The form a verb takes: its tense ("shells", "is shelled") and its particle ("called off")."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.lexicon import lemma_of


def simple_present(verb: Any) -> bool:
    """ "X shells T", "T is shelled": the verb in the simple present, active or passive."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    passive_aux = [c for c in verb.children if c.dep_ == "auxpass"]
    return verb.tag_ == "VBN" and any(a.tag_ in ("VBZ", "VBP") for a in passive_aux)


def with_particle(verb: Any) -> str:
    """ "called off": the lemma with its particle, else the lemma."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
    return f"{lemma_of(verb)} {particle}" if particle else lemma_of(verb)
