"""Affiliation stated by a hyphenated participle the tokenizer split: "al-Qaeda-affiliated
al-Nusra Front", "IRGC-affiliated militias".

The knowledge base reads "<name>-linked" as one word where it can (a mention note); when the
parser splits it into the name, a hyphen and the participle (``affiliation_participles`` in
``relations.yaml``), the participle's noun is an affiliate (a member) of the name before the
hyphen, or backed by it when that is a state or its organ and the noun a group
(``enmity.sponsors``). News copy says "affiliated" of a branch; looser links ("aligned",
"linked") are no membership and are left to the notes.

A group a group is said to own is its branch too: "al-Qaeda's JNIM", "the Islamic State's
Sahel Province" (``possessed_branch_pairs``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.enmity import sponsors
from frontwatch.extract.relcues import Pair, modified_noun, pair_of, words
from frontwatch.extract.verbsubjects import role_noun
from frontwatch.records import Mention

_HYPHENS = frozenset({"-", "‑", "–"})


def link_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "al-Qaeda-affiliated al-Nusra Front": the Nusra Front is a member of al-Qaeda."""
    if tok.lower_ not in words("affiliation_participles") or tok.dep_ not in ("amod", "compound", "conj"):
        return
    if tok.i < 2 or tok.doc[tok.i - 1].text not in _HYPHENS:
        return
    linked = ctx.actor_at.get(tok.i - 2)
    group = actor_near(ctx, modified_noun(tok), depth=0)
    if linked is None or group is None or group is linked:
        return
    if sponsors(linked.actor_id, group.actor_id, ctx):
        yield from pair_of("backs", linked, group, tok)  # "IRGC-affiliated militias"
    else:
        yield from pair_of("member_of", group, linked, tok)


def possessed_branch_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "al-Qaeda's JNIM": a named armed group owned by a named armed group is a member of
    it; not "al-Shabaab's rival ISIS-Somalia" (a role word says what the owner is to it),
    nor a state's ("Russia's Wagner Group": a state's tie is backing, not membership)."""
    if tok.dep_ != "poss" or tok.head.pos_ != "PROPN":
        return
    owner, branch = ctx.actor_at.get(tok.i), ctx.actor_at.get(tok.head.i)
    if owner is None or branch is None or owner is branch:
        return
    if not (_armed_group(owner, ctx) and _armed_group(branch, ctx)):
        return
    if any(role_noun(c) for c in tok.head.children if c.dep_ in ("compound", "amod", "nmod")):
        return
    yield from pair_of("member_of", branch, owner, tok)


def _armed_group(mention: Mention, ctx: ArticleContext) -> bool:
    actor = ctx.kb.get(mention.actor_id) if mention.actor_id else None
    return actor is not None and actor.type == "armed_group"
