"""The one a passive backing cue ("Y, backed by X") backs when the participle's head names
no actor.

``relcues`` reads the participle's head as the one backed. Where the head names no one,
the words still say who:

- "the army and its allies, backed by Y": a later conjunct naming no one ("its allies")
  stands beside the first, and both are backed;
- "X captured T in an offensive backed by Y": the operation a deed was done in is the
  doer's, so the deed's doer is backed; "X were driven out of T in an offensive backed by
  Y" says nothing of X's backers (X suffered the deed), so no one;
- "X fought Y for months backed by Z": a participle hung on a stretch of time backs the
  doer of the deed that lasted it;
- "militias including a few supported by Z", "rebels, some backed by Z", "dozens of
  groups, many of them armed by Z": a part of a class named before is of that class, so
  the class is backed (``part_words``).

Words are data (``relations.yaml``: ``co_agent_nouns``, the operations, ``setting_preps``,
``duration_nouns``, ``part_words``).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.arguments import passive_clause, pobjs
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.coordination import first_conjunct
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.operations import is_operation
from frontwatch.extract.relsubjects import acting_subject
from frontwatch.records import Mention

_COMPLEMENT_DEPS = frozenset({"pcomp", "prep", "pobj", "xcomp", "advcl", "conj"})


def hidden_backed(verb: Any, subj: Any | None, ctx: ArticleContext) -> Mention | None:
    """Who the participle backs when its head names no actor (None if the words do not say)."""
    if subj is None:
        return None
    if subj.dep_ == "conj" and first_conjunct(subj).i != subj.i:
        return actor_near(ctx, first_conjunct(subj), depth=1)
    if verb.dep_ == "acl" and is_operation(subj) and subj.dep_ == "pobj":
        prep = subj.head
        deed = prep.head
        if (
            prep.lower_ in get_lexicon().tie_words("setting_preps")
            and deed.pos_ == "VERB"
            and not passive_clause(deed)
        ):
            return actor_near(ctx, acting_subject(deed, ctx), depth=1)
    if verb.dep_ == "acl" and a_stretch_of_time(subj):
        # "X fought Y for months, backed by Z": the parser hangs the participle on the time
        return actor_near(ctx, _doer_up(subj.head.head, ctx), depth=1)
    return None


def named_through_apposition(verb: Any, noun: Any | None, ctx: ArticleContext) -> Mention | None:
    """ "The SNA, a loose force of former rebel brigades paid and armed by Ankara": the men
    a participle ("brigades paid and armed by X") tells of make up the force the apposition
    says the named side is; None unless the words say so."""
    if noun is None or first_conjunct(verb).dep_ != "acl":
        return None
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.dep_ != "appos":
        return None
    return actor_near(ctx, prep.head.head, depth=1)


def _doer_up(verb: Any, ctx: ArticleContext) -> Any | None:
    """The subject of the verb, or of the clause it completes ("after fighting Y": the
    clause's subject)."""
    current = verb
    for _ in range(4):
        if passive_clause(current):  # "X were besieged by Y": Y did it, or no one said
            return passive_agent(current)
        subject = acting_subject(current, ctx)
        if subject is not None or current.dep_ not in _COMPLEMENT_DEPS:
            return subject
        current = current.head
    return None


def passive_agent(verb: Any) -> Any | None:
    """Y of "was besieged by Y"."""
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def a_stretch_of_time(noun: Any) -> bool:
    """ "for months", "over the past weeks": a time the deed of the clause lasted."""
    return (
        noun.dep_ == "pobj"
        and noun.lemma_.lower() in get_lexicon().tie_words("duration_nouns")
        and noun.head.head.pos_ == "VERB"
    )


def whole_of_part(subj: Any) -> Any:
    """The noun a part word stands for a share of ("including some", "rebels, some ...",
    "groups, many of them"), or the subject itself."""
    if subj is None or not is_part_word(subj):
        return subj
    if subj.dep_ == "pobj" and subj.head.dep_ == "prep":  # "groups including some"
        return subj.head.head
    if subj.dep_ == "appos":  # "dozens of groups, many of them": the groups
        return next(iter(pobjs(subj.head, frozenset({"of"}))), subj.head)
    before = subj.doc[subj.i - 1] if subj.i > subj.sent.start else None
    if before is not None and before.text == "," and subj.i - 2 >= subj.sent.start:
        return subj.doc[subj.i - 2]  # "rebels, some backed by Z": the noun before the comma
    return subj


def is_part_word(tok: Any) -> bool:
    """ "some", "many", "several": a word for a part of a class (``part_words``)."""
    return tok.lemma_.lower() in get_lexicon().relation_words("part_words")


def describes_part(participle: Any) -> bool:
    """A backing participle told of a part of a class: "militias including some armed by X"
    (hung on the part word), "rebels, many of them armed by X" (the part word its subject)."""
    if participle.dep_ == "acl":
        return is_part_word(participle.head)
    return any(c.dep_ in ("nsubj", "nsubjpass") and is_part_word(c) for c in participle.children)


def group_they_are_of(noun: Any, ctx: ArticleContext) -> Mention | None:
    """ "Afghan Shiites of the Fatemiyoun brigade, paid by X": men of a class named as men
    of an armed group (``member_class_owner_types``) are that group's; "Shiites of Iraq"
    name no group."""
    for owner in pobjs(noun, frozenset({"of"})):
        found = actor_near(ctx, owner, depth=0)
        actor = ctx.kb.get(found.actor_id) if found is not None and found.actor_id else None
        if actor is not None and actor.type in get_lexicon().tie_words("member_class_owner_types"):
            return found
    return None
