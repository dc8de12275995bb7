"""The group a profile says is one of a class: "X is one of the original militias that
formed Y", "X became one of the constituents of Y", "X was among the groups that founded
Y", "X, one of the factions of Y" (extract/profileties.py, extract/alliancecues.py)."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.lexicon import lemma_of
from frontwatch.extract.relpairs import side_named
from frontwatch.extract.relsubjects import acting_subject
from frontwatch.records import Mention

_OF = frozenset({"of"})
_AMONG = frozenset({"among", "amongst"})


def one_of_the_class(noun: Any, ctx: ArticleContext) -> Mention | None:
    """The group said to be one of the class noun's members: the subject of "is one of the
    N", "was among the N", "X, one of the N"."""
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ in _OF and prep.head.lower_ == "one":
        one = prep.head
        if one.dep_ == "appos":
            return actor_near(ctx, one.head, depth=1)
        if one.dep_ == "attr":
            return side_named(acting_subject(one.head, ctx), ctx)
        return None
    if prep.lower_ in _AMONG and prep.head.pos_ in ("VERB", "AUX") and lemma_of(prep.head) in ("be", "become"):
        return side_named(acting_subject(prep.head, ctx), ctx)
    return None
