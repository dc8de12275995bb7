"""Backers named side by side before one "-backed": "Saudi and Emirati-backed forces",
"the US and Turkish-backed rebels", "Russian and Iranian-backed government troops".

The parser joins "Emirati-backed" to "Saudi" as a conjunct, so the first name reads as a
modifier of the noun and the noun's side is taken for it ("Emirati backs Saudi"). Each name
coordinated before the participle is a backer; the side backed is what the noun names
apart from them ("Hadi loyalists": Hadi's side), none when it names only them.
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.context import ArticleContext
from frontwatch.records import Mention

_NAME_TAGS = frozenset({"ADJ", "PROPN"})  # "Saudi", "US": a name, not "Kurdish-led"
_OWN_NAME_DEPS = frozenset({"compound", "amod", "nmod", "poss"})


def shared_backers(participle: Any, ctx: ArticleContext) -> list[Mention]:
    """The names coordinated before a "-backed" conjunct ("Saudi" of "Saudi and
    Emirati-backed"); none when one of them is no bare name ("Kurdish-led and U.S.-backed")."""
    if participle.dep_ != "conj":
        return []
    found: list[Mention] = []
    tok = participle.head
    while True:
        mention = ctx.actor_at.get(tok.i)
        if mention is None or "-" in tok.text or tok.pos_ not in _NAME_TAGS:
            return []
        found.append(mention)
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            return found
        tok = tok.head


def backed_beside(noun: Any, backers: list[Mention], ctx: ArticleContext) -> Mention | None:
    """The side a backed noun names besides its backers: its own mention or a name on it
    that is none of them ("Saudi and Emirati-backed Hadi loyalists": Hadi's)."""
    starts = {b.start for b in backers}
    own = ctx.actor_at.get(noun.i)
    names = [own] if own is not None else []
    names += [m for c in noun.children if c.dep_ in _OWN_NAME_DEPS and (m := ctx.actor_at.get(c.i))]
    return next((m for m in names if m.start not in starts), None)
