"""The holders of a role noun named by the words around it, not by an apposition.

"Damascus and its Iranian and Russian allies", "the regime's Russian backers": a role
noun (ally, partner, proxy, backer, enemy; ``relations.yaml``) that has an owner (a
possessive) names the ones who hold the role by its demonym or name modifiers. The owner
is the possessive's actor; for a pronoun, the name the noun is joined to ("X and its
allies"). ``enmity.rivalry_pairs`` orients the tie by the noun's kind.
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.armed import armed
from frontwatch.extract.context import ArticleContext, actor_near, is_reporter
from frontwatch.records import Mention

_MEMBER_DEPS = frozenset({"amod", "compound", "nmod"})


def role_owner(noun: Any, ctx: ArticleContext) -> Mention | None:
    """Whose allies (partners, backers...) these are: "the regime's", or for "its", the
    name the noun is joined to ("Damascus and its allies"); None without a possessive."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    if poss.pos_ == "PRON":
        return actor_near(ctx, noun.head, depth=1) if noun.dep_ == "conj" else None
    return actor_near(ctx, poss, depth=1)


def members_by_modifier(noun: Any, ctx: ArticleContext) -> list[Mention]:
    """The armed actors an owned role noun's modifiers name ("its Iranian and Russian
    allies": Iran and Russia); none when names in apposition hold the role ("its allies
    Russia and Iran")."""
    if any(c.dep_ == "appos" for c in noun.children):
        return []
    owner = role_owner(noun, ctx)
    if owner is None:
        return []
    modifiers = [c for c in noun.children if c.dep_ in _MEMBER_DEPS]
    modifiers += [c for m in modifiers for c in m.children if c.dep_ == "conj"]
    found: list[Mention] = []
    for tok in modifiers:
        mention = ctx.actor_at.get(tok.i)
        if mention is None or mention.start == owner.start or mention in found:
            continue
        if armed(mention.actor_id, ctx) and not is_reporter(ctx, mention.actor_id):
            found.append(mention)
    return found
