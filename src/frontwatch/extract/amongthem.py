"""Named members a class is said to count: "militias loyal to Tehran, Kataib Hezbollah among
them", "several factions, Ahrar al-Sham and the Nusra Front chief among them", or with the
words first: "militias paid by Iran, among them Hezbollah and the Nujaba". The names between
the class noun's comma and "among them", or after a leading "among them" up to the next
clause, stand for the class, as an example given with "such as" does (extract/anaphora.py,
named_example). The words are data (``relations.yaml``: ``article_ties.anaphora``).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.records import Mention

_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_CLAUSE_POS = frozenset({"VERB", "AUX"})
_STATE_TYPES = frozenset({"state", "state_agency"})


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
    for tok in _member_words(comma, among):
        # a name's own word, or the head of a several-word name ("the Fatemiyoun brigade")
        named_word = tok.pos_ == "PROPN" or (
            tok.pos_ == "NOUN"
            and tok.i in ctx.actor_at
            and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)
        )
        mention = actor_near(ctx, tok, depth=1) if named_word else None
        if mention is not None and _named(mention) and all(m.start != mention.start for m in found):
            found.append(mention)
    if among.i == comma.i + 1:  # a list told after "among them" counts groups, not peoples
        return [m for m in found if _a_group(m, ctx)]
    return found


def named_members(head: Any, ctx: ArticleContext, own: Mention | None) -> list[Mention]:
    """The named sides a class noun stands for by its "among them" list ("militias raised by
    Iran, among them A and B": A and B), else the noun's own mention; [] for neither."""
    if own is not None and (not _named(own) or head.pos_ == "NOUN"):  # a class word
        # a people or a state counted among fighters names where they come from, not a
        # member group ("militias paid by Iran, among them many Afghans")
        listed = [m for m in listed_among(head, ctx) if _a_group(m, ctx)]
        if listed:
            return listed
    return [own] if own is not None else []


def _a_group(mention: Mention, ctx: ArticleContext) -> bool:
    actor = ctx.kb.get(mention.actor_id)
    return actor is not None and actor.type not in _STATE_TYPES


def _member_words(comma: Any, among: Any) -> Any:
    """The words that name the members: those between the comma and a trailing "among
    them", or those after a leading "among them" up to the next clause."""
    if among.i > comma.i + 1:
        return comma.doc[comma.i + 1 : among.i]
    end = among.i + 2
    while end < among.sent.end and among.doc[end].pos_ not in _CLAUSE_POS and among.doc[end].text != ";":
        end += 1
    return among.doc[among.i + 2 : end]


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
