"""The holders of a role noun named by the words around it, not by an apposition.

"Damascus and its Iranian and Russian allies", "the regime's Russian backers": a role
noun (ally, partner, proxy, backer, enemy; ``relations.yaml``) that has an owner (a
possessive) names the ones who hold the role by its demonym or name modifiers. The owner
is the possessive's actor; for a pronoun, the name the noun is joined to ("X and its
allies"). ``enmity.rivalry_pairs`` orients the tie by the noun's kind.
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.armed import SIDED_CLASSES, armed, armed_side
from frontwatch.extract.context import ArticleContext, actor_near, is_reporter
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.relsubjects import doer_of
from frontwatch.extract.splitsubjects import SUBJECT_DEPS as _SUBJECT_DEPS
from frontwatch.extract.subjectsbefore import subject_before
from frontwatch.extract.verbsubjects import role_noun
from frontwatch.records import Mention

_MEMBER_DEPS = frozenset({"amod", "compound", "nmod"})
# clauses hung on another whose doer a possessive in their apposed subject may stand for
_CLAUSE_LINKS = frozenset({"advcl", "conj"})


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


def _allied_side(actor_id: str, owner: Mention, ctx: ArticleContext) -> bool:
    """An armed side or a government, other than the role's owner."""
    actor = ctx.kb.get(actor_id) if actor_id else None
    return actor_id != owner.actor_id and armed_side(actor, classes=SIDED_CLASSES, governing=True)


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
        found = subject_before(noun, ctx)
        return _a_side(found, ctx) if noun.dep_ == "appos" else found
    if in_subject and noun.dep_ == "appos" and current.dep_ in _CLAUSE_LINKS:
        # "Russia bombed T while Iran, its closest ally, sent militias": the clause above's doer
        return _a_side(doer_of(current.head, ctx), ctx)
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
    """A side named before the role noun in its own sentence: "its" may stand for it; not
    the name the noun is apposed to ("Iran, its closest ally, sent ...": "its" is no Iran)."""
    end = noun.head.left_edge.i if noun.dep_ == "appos" else noun.i
    return any(i in ctx.actor_at for i in range(noun.sent.start, end))


def _a_side(found: Mention | None, ctx: ArticleContext) -> Mention | None:
    """The owner "its" stands for across a clause or a sentence, when it is an armed side or
    a government (not "The Observatory counted the dead. Turkey, its ally, ...")."""
    if found is None or not found.actor_id:
        return None
    actor = ctx.kb.get(ctx.kb.side_for(found.actor_id, ctx.published))
    return found if armed_side(actor, classes=SIDED_CLASSES, governing=True) else None


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
    whole = _named_by_all_modifiers(noun, modifiers, owner, ctx)
    if whole is not None and len(found) <= 1:
        return [whole]  # "their Syrian rebel allies": the rebels, not Syria
    if len(found) == 1 and _class_named(modifiers, found[0], ctx):
        return []  # "its Iraqi militia proxies": militias (no side), not Iraq
    return found


def listed_role_side(noun: Any, mention: Mention | None, ctx: ArticleContext) -> Mention | None:
    """The side a role noun joined to a list stands for ("X and its rebel allies": the
    rebels; "X and its Iraqi militia allies": no side, not Iraq), else ``mention``."""
    if noun.dep_ != "conj" or not any(c.dep_ == "poss" for c in noun.children):
        return mention
    if not role_noun(noun):
        return mention
    modifiers = [c for c in noun.children if c.dep_ in _MEMBER_DEPS]
    owner = role_owner(noun, ctx)
    if owner is None or not modifiers:
        return mention
    whole = _named_by_all_modifiers(noun, modifiers, owner, ctx)
    if whole is not None:
        return whole
    if mention is not None and _class_named(modifiers, mention, ctx):
        return None
    return mention


def _class_named(modifiers: list[Any], found: Mention, ctx: ArticleContext) -> bool:
    """The modifiers together name a class other than the one side a word of them names."""
    span = _modifier_span(modifiers)
    if span is None or found.end >= span.end_char:
        return False
    match = ctx.kb.resolve(span.text, label="ORG", date=ctx.published)
    if match is None or match.actor_id == found.actor_id:
        return False
    actor = ctx.kb.get(match.actor_id)
    return actor is not None and actor.type == "generic"


def _modifier_span(modifiers: list[Any]) -> Any | None:
    """The words of a role noun's modifiers, unless they list several ("Iranian and Russian")."""
    if not modifiers or any(t.dep_ in ("cc", "conj") for m in modifiers for t in m.subtree):
        return None
    noun = modifiers[0].head
    return noun.doc[min(m.left_edge.i for m in modifiers) : noun.i]


def _named_by_all_modifiers(
    noun: Any, modifiers: list[Any], owner: Mention, ctx: ArticleContext
) -> Mention | None:
    """The side the role noun's modifiers name together when no one of them names it
    ("its rebel allies", "their Syrian rebel allies", "its Syrian government allies");
    none for a list ("its Iranian and Russian allies") or a side that is no armed one."""
    span = _modifier_span(modifiers)
    if span is None:
        return None
    single = ctx.actor_at.get(span[-1].i)
    if single is not None and single.start == span.start_char and single.end == span.end_char:
        return single if _allied_side(single.actor_id, owner, ctx) else None
    match = ctx.kb.resolve(span.text, label="ORG", date=ctx.published)
    if match is None or not _allied_side(match.actor_id, owner, ctx):
        return None
    return Mention(
        article_id=ctx.article.id,
        sentence_index=owner.sentence_index,
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        label="ORG",
        actor_id=match.actor_id,
        resolution=match.method,
    )


def body_of_men(noun: Any, ctx: ArticleContext) -> list[Mention]:
    """The armed side whose men a noun counts or groups ("members of Hezbollah", "thousands
    of Hezbollah fighters"; events.yaml ``object_classes.body``): it holds the role they hold
    ("Members of Hezbollah have become allies of X")."""
    if lemma_of(noun) not in get_lexicon().object_class("body"):
        return []
    side = actor_near(ctx, noun, depth=2)
    return [side] if side is not None and armed(side.actor_id, ctx) else []

