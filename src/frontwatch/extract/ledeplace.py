"""The town a report's opening tells of before naming it: "Kurdish fighters say they have
liberated a northeastern Syrian town ... [next sentence] ... seized the city of T", "rebels
have captured a northern town near the border ... [next] ... the provincial town of T".
News writes the lede with "a town" and names it in the sentence after; the lede's act had
no place. An indefinite settlement noun (events.yaml: ``settlement_nouns``) with no town
named before it in the article nor in its own sentence stands for the next sentence's first
town when that sentence introduces it with a settlement noun ("the city of T", "the
provincial town of T"); a bare name may be another story's ("Separately, in T, ...").
Events only: a change of hands keeps its own reading."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Any

from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.placeanaphors import is_a_town, named_as
from frontwatch.records import Mention

if TYPE_CHECKING:
    from frontwatch.extract.context import ArticleContext

_INDEFINITE = frozenset({"a", "an"})


def town_named_after(tok: Any, ctx: ArticleContext) -> Mention | None:
    """The town an opening "a town" stands for, or None."""
    nouns = get_lexicon().events["settlement_nouns"]
    if lemma_of(tok) not in nouns or not any(
        c.dep_ == "det" and c.lower_ in _INDEFINITE for c in tok.children
    ):
        return None
    order = ctx.place_order
    before = order[: bisect.bisect_left(order, tok.sent.end)]
    if any(is_a_town(ctx.place_at[i], ctx) for i in before):
        return None  # a town named already, or beside the noun: "a village near T"
    doc = tok.doc
    if tok.sent.end >= len(doc):
        return None
    following = doc[tok.sent.end].sent
    window = order[bisect.bisect_left(order, following.start) : bisect.bisect_left(order, following.end)]
    towns = [
        ctx.place_at[i]
        for i in window
        if is_a_town(ctx.place_at[i], ctx)
        and i not in ctx.actor_at
        and not _locates_the_next(ctx.place_at[i], nouns, ctx)
    ]
    # only the next sentence's first town, introduced with a settlement noun ("the city of T",
    #   "the provincial town of T"): a bare name may be another story's ("Separately, in T")
    if not towns or not any(named_as(towns[0], noun, ctx) for noun in nouns):
        return None
    return towns[0]


def _locates_the_next(mention: Mention, nouns: list[str], ctx: ArticleContext) -> bool:
    """ "the Idlib provincial town of T", "the Aleppo suburb of T": a name told before a
    settlement noun's "of" only locates the settlement named after it."""
    after = ctx.text[mention.end : mention.end + _AFTER_REACH].lower().split()
    for word in after[:3]:
        if word in nouns:
            return after[after.index(word) + 1 : after.index(word) + 2] == ["of"]
    return False


_AFTER_REACH = 40  # a name, two words between ("provincial", "border") and "town of"
