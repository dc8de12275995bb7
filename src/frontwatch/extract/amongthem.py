"""Named members a class is said to count: "militias loyal to Tehran, Kataib Hezbollah among
them", "several factions, Ahrar al-Sham and the Nusra Front chief among them". The names
between the class noun's comma and "among them" stand for the class, as an example given
with "such as" does (extract/anaphora.py, named_example). The words are data
(``relations.yaml``: ``article_ties.anaphora``).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.records import Mention

_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_CLAUSE_POS = frozenset({"VERB", "AUX"})


@cache
def _words(key: str) -> frozenset[str]:
    table: dict[str, list[str]] = get_lexicon().relations["article_ties"]["anaphora"]
    return frozenset(table[key])


def listed_among(head: Any, ctx: ArticleContext) -> list[Mention]:
    """The named sides listed as among the class ``head`` names, in order; [] for none."""
    if head.tag_ not in _PLURAL_TAGS:
        return []
    comma = _comma_after(head)
    among = _among_them(comma) if comma is not None else None
    if comma is None or among is None:
        return []
    found: list[Mention] = []
    for tok in head.doc[comma.i + 1 : among.i]:
        mention = actor_near(ctx, tok, depth=1) if tok.pos_ == "PROPN" else None
        if mention is not None and _named(mention) and all(m.start != mention.start for m in found):
            found.append(mention)
    return found


def _named(mention: Mention) -> bool:
    return bool(mention.actor_id) and not mention.actor_id.startswith("GEN_")


def _comma_after(head: Any) -> Any | None:
    """The first comma after the class noun in its sentence, with no other plural noun
    between them (that noun, not this one, would be what the list is among)."""
    for tok in head.doc[head.i + 1 : head.sent.end]:
        if tok.text == ",":
            return tok
        if tok.tag_ in _PLURAL_TAGS:
            return None
    return None


def _among_them(comma: Any) -> Any | None:
    """The "among" of "..., A and B among them" after the comma; None when a clause
    (a verb) comes first: "..., which A joined among others" names no members."""
    for tok in comma.doc[comma.i + 1 : comma.sent.end - 1]:
        if tok.pos_ in _CLAUSE_POS:
            return None
        if tok.lower_ in _words("member_tail_preps") and tok.nbor().lower_ in _words(
            "member_tail_pronouns"
        ):
            return tok
    return None
