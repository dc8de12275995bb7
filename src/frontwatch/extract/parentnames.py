"""A group named only as the parent of the one that acts: "the al-Qaeda affiliate Hurras
al-Din", "fighters from the al-Qaida offshoot, the Nusra Front", "IS, an al-Qaida splinter
group". The parent says whose offshoot the side is; it is no party to the deed, neither
end of a tie drawn from it (extract/tieguards.py) nor the deed's enemy the article names
(extract/opponents.py). Affiliate nouns: ``affiliate_nouns`` in relations.yaml."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.nlp.treearrays import head_indices
from frontwatch.records import Mention

if TYPE_CHECKING:
    from frontwatch.extract.context import ArticleContext

_AFFILIATE_REACH = 3  # "al-Qaeda's Syrian affiliate"


def parent_of_an_affiliate(tok: Any) -> bool:
    """ "a war on rebel factions including the al-Qaeda affiliate Hurras al-Din": the parent
    names whose affiliate acts; the affiliate is the side. Only right before the noun: a
    list that lost its commas hangs other names on it too."""
    noun = tok.head
    near = 0 < noun.i - tok.i <= _AFFILIATE_REACH
    return near and tok.dep_ in ("compound", "poss") and _affiliate(noun, tok)


def _affiliate(noun: Any, parent: Any) -> bool:
    """An affiliate noun, or a noun an affiliate noun after the parent qualifies ("an
    al-Qaida splinter group", "the IS offshoot faction")."""
    nouns = get_lexicon().guard_words("affiliate_nouns")
    return lemma_of(noun) in nouns or any(
        c.dep_ == "compound" and c.i > parent.i and lemma_of(c) in nouns for c in noun.children
    )


def party_mentions(ctx: ArticleContext) -> list[Mention]:
    """The article's actor mentions less those naming only an affiliate's parent (found
    once while the actor index is unchanged: four readers of the article ask)."""
    if ctx.parties_found is None:
        parents = {id(m) for i, m in ctx.actor_at.items() if _mention_root(ctx, i, m) and parent_of_an_affiliate(ctx.doc[i])}
        ctx.parties_found = [m for m in ctx.actor_mentions if id(m) not in parents]
    return list(ctx.parties_found)


def _mention_root(ctx: ArticleContext, i: int, mention: Mention) -> bool:
    """The token is the mention's last word in the sentence's tree (its head lies outside)."""
    head = head_indices(ctx.doc)[i]  # read per mention word: no Token made
    return head == i or ctx.actor_at.get(head) is not mention
