"""A partner named by an absolute "with" clause: "X, with Y striking from the air, pushed Z
out of T", "With Russian jets pounding rebel positions, Syrian troops advanced", "X advanced
on T with coalition aircraft providing cover".

Y, doing a deed of war beside X's deed, is X's partner: Y backs X (a state's force beside a
group of no state, or beside a foreign state's government) or the two are allies
(``jointwork.partner_tie``). Not when Y's deed is aimed at X ("with rebels shelling them",
"with jets bombing their trenches") nor when X's deed is a pull-back ("with jets pounding
the town, the militants fled"): Y is then X's enemy, not its partner. The tie's trigger is X's deed, so it keeps that clause's
certainty. The deeds are data (``relations.yaml``: ``accompanying_deed_verbs``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.jointwork import partner_tie
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.relcues import Pair, words
from frontwatch.extract.relsubjects import acting_subject
from frontwatch.records import Mention

_AIMED_DEPS = frozenset({"dobj", "pobj"})  # "shelling them", "firing at their positions"
_PRONOUNS_OF_HOST = frozenset({"them", "their", "it", "its", "him", "his", "us", "our"})


def co_doer_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "X, with Y striking Z, ...": Y backs X, or they are allies."""
    if tok.lower_ != "with" or tok.dep_ != "prep":
        return
    found = _co_deed(tok)
    if found is None:
        return
    co_doer_head, deed = found
    co_doer = actor_near(ctx, co_doer_head, depth=1)
    host = tok.head
    if host.pos_ in ("VERB", "AUX"):  # "X advanced with Y providing cover"
        main = host
        doer = actor_near(ctx, acting_subject(host, ctx), depth=1)
    else:  # "X, with Y striking from the air, pushed ...": "with" hangs on X
        main = host.head
        doer = actor_near(ctx, host, depth=1)
    if co_doer is None or doer is None or co_doer.actor_id == doer.actor_id:
        return
    if _pulls_back(main) or _aimed_at(deed, doer, ctx):
        return
    yield from partner_tie(co_doer, doer, main, ctx)


def _pulls_back(verb: Any) -> bool:
    """X's deed is a withdrawal or flight ("withdrew", "pulled back", "fled")."""
    lemma = lemma_of(verb)
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
    verbs = get_lexicon().verbs
    entry = verbs.get(f"{lemma} {particle}") if particle else None
    entry = entry or verbs.get(lemma) or {}
    return bool(entry.get("type") == "RETREAT")


def _aimed_at(deed: Any, host: Mention, ctx: ArticleContext) -> bool:
    """Y's deed has X, or a pronoun standing for X, as its object ("shelling them",
    "bombing their trenches", "firing at the army")."""
    targets = [c for c in deed.children if c.dep_ in _AIMED_DEPS]
    targets += [g for c in deed.children if c.dep_ == "prep" for g in c.children
                if g.dep_ == "pobj"]  # fmt: skip
    for target in targets:
        owners = [target] + [c for c in target.children if c.dep_ == "poss"]
        if any(o.lower_ in _PRONOUNS_OF_HOST for o in owners):
            return True
        named = actor_near(ctx, target, depth=1)
        if named is not None and named.actor_id == host.actor_id:
            return True
    return False


def _co_deed(prep: Any) -> tuple[Any, Any] | None:
    """The co-doer and its deed: "with Y striking" read as a clause (Y its subject) or as
    Y described by a participle."""
    for child in prep.children:
        if child.dep_ == "pcomp" and lemma_of(child) in words("accompanying_deed_verbs"):
            subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
            return (subject, child) if subject is not None else None
        if child.dep_ == "pobj":
            deed = next(
                (c for c in child.children
                 if c.dep_ == "acl" and c.tag_ == "VBG"
                 and lemma_of(c) in words("accompanying_deed_verbs")),
                None,
            )  # fmt: skip
            return (child, deed) if deed is not None else None
    return None
