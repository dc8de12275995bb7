"""Coordinations in the parse: "Syria and Iraq", "air strikes and artillery".

spaCy hangs every later conjunct on the first one, and the first one on the word the whole
coordination depends on; readers that ask what the coordination does ask its first conjunct.
"""

from __future__ import annotations

from typing import Any


def first_conjunct(tok: Any) -> Any:
    """The first conjunct of the coordination ``tok`` is in ("Iraq" -> "Syria" in "of Syria
    and Iraq"), or ``tok`` itself when it is in none."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok
