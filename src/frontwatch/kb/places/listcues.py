"""A name in a list of provinces: "the Aleppo, Hama, Idlib and Latakia governorates", "the
provinces of Anbar and Salahuddin", "Iraq's Nineveh and Kirkuk provinces". The plural area
noun sits at one end of the list, so only the name next to it read the province cue, and the
other names were placed at the cities the provinces are named after (tens of kilometres from
the province). Every name the list joins (commas, "and", "or") to the plural noun reads it.
The nouns are data (``directions.yaml``: ``area_plurals``).
"""

from __future__ import annotations

from typing import Any

from frontwatch.kb.places.directions import area_plural_words

_JOINS = frozenset({",", "and", "or", "&"})
_MAX_TOKENS = 24  # a list of half a dozen names of two or three words each


def in_a_list_of_provinces(span: Any) -> bool:
    """Whether the span is one name of a list that a plural area noun closes ("the X, Y and
    Z governorates") or opens ("the provinces of X, Y and Z")."""
    return _closed_by_plural(span) or _opened_by_plural(span)


def _closed_by_plural(span: Any) -> bool:
    doc, plurals = span.doc, area_plural_words()
    for i in range(span.end, min(len(doc), span.end + _MAX_TOKENS)):
        tok = doc[i]
        if tok.lower_ in plurals:
            return True
        if not (tok.lower_ in _JOINS or _name_word(tok)):
            return False
    return False


def _opened_by_plural(span: Any) -> bool:
    doc, plurals = span.doc, area_plural_words()
    for i in range(span.start - 1, max(0, span.start - _MAX_TOKENS) - 1, -1):
        tok = doc[i]
        if tok.lower_ == "of":
            before = doc[i - 1] if i > 0 else None
            return before is not None and before.lower_ in plurals
        if not (tok.lower_ in _JOINS or _name_word(tok)):
            return False
    return False


def _name_word(tok: Any) -> bool:
    """A word of a place name: capitalised, a proper noun, an entity's, or the hyphen and
    particle of an Arabic name ("Deir ez-Zor", "al-Bab")."""
    if tok.text in ("-", "'", "’"):
        return True
    if tok.is_title or tok.pos_ == "PROPN" or tok.ent_iob_ in ("B", "I"):
        return tok.lower_ not in area_plural_words()
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return tok.is_lower and len(tok) <= 3 and nxt is not None and nxt.text == "-"
