"""Who a noun of men or groups is when the name stands after it: "rebels belonging to X",
"gunmen fighting for X" are X's men, as "fighters of X" are (``member_participles`` in
events.yaml); "the X offshoot, Y" and "the X-backed militia, Y" are Y, the name in
apposition, not X, whom the descriptor names, and "a group known as Y", "a militia called
Y" are Y (``naming_participles``; read by extract/context.py). A participle
of a looser tie ("linked to X", "affiliated with X") names a tie to X, not X's own men,
and is read elsewhere (extract/postlinks.py)."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.prepobjects import pobjs
from frontwatch.records import Mention


def belonging_objects(token: Any) -> list[Any]:
    """The names after a class noun's participles of belonging ("militants belonging to
    X": X), for a noun of men only ("a depot belonging to X" holds, it is no one's men)."""
    events = get_lexicon().events
    if lemma_of(token) not in events["member_from_nouns"]:
        return []
    participles: dict[str, list[str]] = events["member_participles"]
    found: list[Any] = []
    for part in token.children:
        preps = participles.get(lemma_of(part)) if part.dep_ == "acl" else None
        if preps and not any(c.dep_ == "neg" for c in part.children):
            found.extend(pobjs(part, frozenset(preps)))
    return found


def apposed_names(token: Any, actor_at: dict[int, Mention], place_at: dict[int, Mention]) -> list[Any]:
    """A name in apposition to a common noun ("fighters from the X offshoot, Y"): Y is who
    they are; the noun's modifiers tell only whose offshoot, ally or branch it is. Not
    after a name ("the Nusra Front, al-Qaida's affiliate": the name keeps its mention),
    nor in a list the parser read as apposition."""
    if token.pos_ != "NOUN" or _listed(token):
        return []
    apposed = [c for c in token.children if c.dep_ == "appos"]
    named = (c for c in (*apposed, *_participle_names(token)) if c.i not in place_at and not _listed(c))
    return [c for c in named if (m := actor_at.get(c.i)) is not None and _specific(m)]


def _participle_names(token: Any) -> list[Any]:
    """The name a participle of naming gives the noun: "a group known as X", "an armed
    group called X" (``naming_participles`` in events.yaml)."""
    naming: dict[str, list[str]] = get_lexicon().events["naming_participles"]
    found: list[Any] = []
    for part in (c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        preps = naming.get(lemma_of(part))
        if preps:
            found.extend(pobjs(part, frozenset(preps)))
        elif preps is not None:
            found.extend(c for c in part.children if c.dep_ in ("oprd", "dobj", "attr"))
    return found


def _specific(mention: Mention) -> bool:
    return bool(mention.actor_id) and not mention.actor_id.startswith("GEN_")  # no class


def _listed(token: Any) -> bool:
    """In a list ("A and some B factions, C of D, and E"), which the parser may read as
    apposition: no name there renames the noun."""
    return token.dep_ == "conj" or any(c.dep_ in ("cc", "conj") for c in token.children)
