"""What one is held responsible for: an act, not a duty ("responsible for the blast" blames;
"responsible for security" does not). Shared by the blame statements (blame.py) and the
"held X responsible" trigger (triggers.py)."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.lexicon import get_lexicon


def for_an_act(word: Any) -> bool:
    """What one is responsible for or behind is an act ("the blast", "killing"), not a duty
    ("responsible for security")."""
    lex = get_lexicon()
    acts = {k for k, v in lex.nouns.items() if v.get("type")} | lex.casualty("killed_nouns")
    objects = [word] if word.dep_ == "prep" else [p for p in word.children if p.dep_ == "prep"]
    named = [g for p in objects for g in p.children if g.dep_ in ("pobj", "pcomp")]
    return any(g.lemma_.lower() in acts or g.pos_ == "VERB" for g in named)
