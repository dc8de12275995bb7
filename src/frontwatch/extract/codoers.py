"""A partner named by an absolute "with" clause: "X, with Y striking from the air, pushed Z
out of T", "With Russian jets pounding rebel positions, Syrian troops advanced", "X advanced
on T with coalition aircraft providing cover".

Y, doing a deed of war beside X's deed, is X's partner: Y backs X (a state's force beside a
group of no state, or beside a foreign state's government) or the two are allies
(``jointwork.partner_tie``). The tie's trigger is X's deed, so it keeps that clause's
certainty. The deeds are data (``relations.yaml``: ``accompanying_deed_verbs``).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.jointwork import partner_tie
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.relcues import Pair
from frontwatch.extract.relsubjects import acting_subject


@cache  # the lexicon never changes within a process
def _words(key: str) -> frozenset[str]:
    return get_lexicon().relation_words(key)


def co_doer_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "X, with Y striking Z, ...": Y backs X, or they are allies."""
    if tok.lower_ != "with" or tok.dep_ != "prep":
        return
    found = _co_deed(tok)
    if found is None:
        return
    co_doer_head, _deed = found
    co_doer = actor_near(ctx, co_doer_head, depth=1)
    host = tok.head
    if host.pos_ in ("VERB", "AUX"):  # "X advanced with Y providing cover"
        main = host
        doer = actor_near(ctx, acting_subject(host, ctx), depth=1)
    else:  # "X, with Y striking from the air, pushed ...": "with" hangs on X
        main = host.head
        doer = actor_near(ctx, host, depth=1)
    if co_doer is not None and doer is not None and co_doer.actor_id != doer.actor_id:
        yield from partner_tie(co_doer, doer, main, ctx)


def _co_deed(prep: Any) -> tuple[Any, Any] | None:
    """The co-doer and its deed: "with Y striking" read as a clause (Y its subject) or as
    Y described by a participle."""
    for child in prep.children:
        if child.dep_ == "pcomp" and lemma_of(child) in _words("accompanying_deed_verbs"):
            subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
            return (subject, child) if subject is not None else None
        if child.dep_ == "pobj":
            deed = next(
                (c for c in child.children
                 if c.dep_ == "acl" and c.tag_ == "VBG"
                 and lemma_of(c) in _words("accompanying_deed_verbs")),
                None,
            )  # fmt: skip
            return (child, deed) if deed is not None else None
    return None
