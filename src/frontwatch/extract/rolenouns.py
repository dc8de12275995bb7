"""The holders of a role noun named by the words around it, not by an apposition.

"Damascus and its Iranian and Russian allies", "the regime's Russian backers": a role
noun (ally, partner, proxy, backer, enemy; ``relations.yaml``) that has an owner (a
possessive) names the ones who hold the role by its demonym or name modifiers. The owner
is the possessive's actor; for a pronoun, the name the noun is joined to ("X and its
allies"). ``enmity.rivalry_pairs`` orients the tie by the noun's kind.
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.anaphora import subject_before
from frontwatch.extract.armed import armed
from frontwatch.extract.context import ArticleContext, actor_near, is_reporter
from frontwatch.extract.relsubjects import doer_of
from frontwatch.extract.splitsubjects import SUBJECT_DEPS as _SUBJECT_DEPS
from frontwatch.records import Mention

_MEMBER_DEPS = frozenset({"amod", "compound", "nmod"})


def role_owner(noun: Any, ctx: ArticleContext) -> Mention | None:
    """Whose allies (partners, backers...) these are: "the regime's", or for "its", the
    name the noun is joined to ("Damascus and its allies"); None without a possessive."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    if poss.tag_ == "WP$":  # "Hezbollah, whose patron is Iran": the name the clause is on
        return _relative_antecedent(poss, ctx)
    if poss.pos_ == "PRON":
        return (
            actor_near(ctx, noun.head, depth=1) if noun.dep_ == "conj" else pronoun_owner(noun, ctx)
        )
    return actor_near(ctx, poss, depth=1)


def _relative_antecedent(whose: Any, ctx: ArticleContext) -> Mention | None:
    """The side a relative "whose" stands for: the noun its clause hangs on."""
    clause = next((t for t in whose.ancestors if t.dep_ == "relcl"), None)
    return actor_near(ctx, clause.head, depth=1) if clause is not None else None


def pronoun_owner(noun: Any, ctx: ArticleContext) -> Mention | None:
    """Whom "its" stands for before a role noun no name is joined to: the doer of the
    clause when the noun is what the clause is about ("Moscow sent jets to help its ally
    Assad"), the subject of the sentence before when the noun is the clause's subject
    ("Damascus retook the town. Its allies Russia and Iran sent troops")."""
    current = noun
    in_subject = False
    while current.pos_ not in ("VERB", "AUX") and current.head.i != current.i:
        in_subject = in_subject or current.dep_ in _SUBJECT_DEPS
        current = current.head
    if in_subject and current.dep_ == "ROOT" and not _left_of_root_named(noun, ctx):
        return subject_before(noun, ctx)
    found = None
    for _ in range(3):  # "is ready to defend its proxy", "flew jets in to help its ally"
        if in_subject or current.pos_ not in ("VERB", "AUX"):
            return None
        found = doer_of(current, ctx)
        if found is not None or current.dep_ not in ("advcl", "xcomp", "acomp"):
            break
        current = current.head if current.head.pos_ in ("VERB", "AUX") else current.head.head
    return found if found is not None and not is_reporter(ctx, found.actor_id) else None


def _left_of_root_named(noun: Any, ctx: ArticleContext) -> bool:
    """A side named before the role noun in its own sentence: "its" may stand for it."""
    return any(i in ctx.actor_at for i in range(noun.sent.start, noun.i))


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
