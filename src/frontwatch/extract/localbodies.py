"""A class noun the text itself describes is a body of its own, not the theatre's one.

The bare word "coalition" in copy on Syria or Iraq is the US-led coalition, in Yemen the
Saudi-led one (the ``by_state_also`` umbrella of the KB's class entry). But "a coalition of
Syrian opposition groups", "an alliance of Islamist factions", "a coalition called the
Military Operations Command" are other bodies: the determiner, the members listed with
"of" or the name given in place say so. Such a noun names the body given its name
("called X", "known as X", ``self_naming_verbs`` in relations.yaml), else stays the
class; the parser often reads "a coalition called X" as a clause ("the coalition called
X"), which is read the same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.prepobjects import pobjs
from frontwatch.records import Mention

if TYPE_CHECKING:
    from frontwatch.extract.context import ArticleContext

_NAME_DEPS = frozenset({"oprd", "dobj", "attr", "appos", "xcomp"})


def described_in_place(token: Any, ctx: ArticleContext) -> bool:
    """ "a coalition", "the coalition of rebel groups", "the coalition called X": the noun
    says which body it is itself, so the article's theatre does not."""
    return _described(token, ctx) or _naming_participle(token) is not None


def body_named(token: Any, ctx: ArticleContext) -> Mention | None:
    """The actor a class noun is given as its name: "a coalition called X", "an alliance
    known as X"; None when no named actor is given."""
    verb = _naming_participle(token)
    if verb is None and _described(token, ctx):
        verb = _naming_clause(token)  # "a coalition of groups called X", parsed as a clause
    if verb is None:
        return None
    names = [c for c in verb.children if c.dep_ in _NAME_DEPS] + pobjs(verb, frozenset({"as"}))
    return next((m for c in names if (m := ctx.actor_at.get(c.i)) is not None), None)


def _described(token: Any, ctx: ArticleContext) -> bool:
    """An indefinite noun ("a coalition") or one whose members an "of" list gives."""
    if any(c.dep_ == "det" and c.lower_ in ctx.kb.rules.indefinite for c in token.children):
        return True
    return bool(pobjs(token, frozenset({"of"})))


def _naming(verb: Any) -> bool:
    return lemma_of(verb) in get_lexicon().relation_words("self_naming_verbs")


def _naming_participle(token: Any) -> Any | None:
    """ "a coalition called X", "an alliance known as X": a participle of naming on the noun,
    or on the members its "of" list gives ("a coalition of groups known as X")."""
    for noun in (token, *pobjs(token, frozenset({"of"}))):
        for child in noun.children:
            if child.dep_ == "acl" and child.tag_ == "VBN" and _naming(child):
                return child
    return None


def _naming_clause(token: Any) -> Any | None:
    """ "a coalition of groups called the X" read by the parser as the noun's own clause
    ("the coalition called X" in the past tense): only with a name as the object, since
    "the coalition called for talks" or "called on X" is a call, no name."""
    head = token.head
    if token.dep_ != "nsubj" or head.tag_ != "VBD" or not _naming(head):
        return None
    objects = [c for c in head.children if c.dep_ == "dobj"]
    return head if objects and objects[0].pos_ == "PROPN" else None
